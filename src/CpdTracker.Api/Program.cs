using CpdTracker.Api.Components;
using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Auth;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.CollegeReports;
using CpdTracker.Api.Features.Email;
using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Api.Features.Groups;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Members;
using CpdTracker.Api.Features.Workshops;
using CpdTracker.Api.Jobs;

if (args.FirstOrDefault() == SqliteToPostgreSql.Command)
{
    Environment.ExitCode = await SqliteToPostgreSql.RunAsync(args, Console.Out);
    return;
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = DefaultEnvironment.Resolve(args, Environment.GetEnvironmentVariable),
});
builder.AddCpdApi();
builder.AddCpdDatabase();
builder.AddCpdSecurity();
builder.AddCpdCredit();
builder.AddCpdMeetings();
builder.AddCpdCertificates();
builder.AddCpdEmail();
builder.AddCpdSecurityHeaders();
builder.AddCpdJobs();
builder.AddCpdPages();

var app = builder.Build();
app.UseCpdSecurityHeaders();
app.UseExceptionHandler();
app.UseCpdAbortOnLateFailure();
app.UseStatusCodePages();
app.UseCpdPageStatusPages();
app.UseCpdRequestLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapCpdPlatformEndpoints();
app.MapAuthEndpoints();
app.MapPasswordResetEndpoints();
app.MapMemberEndpoints();
app.MapGroupEndpoints();
app.MapGroupMeetingEndpoints();
app.MapMeetingEndpoints();
app.MapRegisterEndpoints();
app.MapWorkshopEndpoints();
app.MapAuditEndpoints();
app.MapRuleSetEndpoints();
app.MapReportEndpoints();
app.MapCpdEndpoints();
app.MapCertificateEndpoints();
app.MapVerifyEndpoints();
app.MapOutboxEndpoints();
app.MapCpdJobsDashboard();
app.MapCpdPages();

await app.InitialiseDatabaseAsync();
await app.RunAsync();

public partial class Program;
