using CpdTracker.Api.Features.Groups;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Members;
using CpdTracker.Api.Features.Workshops;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddCpdApi();
builder.AddCpdDatabase();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCpdRequestLimits();

app.MapOpenApi();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference();
}

app.MapHealthChecks("/health");
app.MapMemberEndpoints();
app.MapGroupEndpoints();
app.MapGroupMeetingEndpoints();
app.MapRegisterEndpoints();
app.MapWorkshopEndpoints();

await app.InitialiseDatabaseAsync();
await app.RunAsync();

public partial class Program;
