using CpdTracker.Api.Features.Audit.Pages;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.CollegeReports;
using CpdTracker.Api.Features.RuleSets;

namespace CpdTracker.Api.Features.Admin;

/// <summary>The administrator's record pages (registers, college rules, reports, issued documents, jobs): their
/// services and the downloads they link to, served under the pages' cookie to administrators only.</summary>
public static class AdminRecordsExtensions
{
    public static IServiceCollection AddCpdAdminRecords(this IServiceCollection services)
    {
        services.AddScoped<JobSchedule>();
        services.AddScoped<RegisterSearch>();
        services.AddScoped<Certificates.Pages.DocumentSearch>();
        return services;
    }

    public static RouteGroupBuilder MapCpdAdminRecordDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin").ExcludeFromDescription().WithRequestValidation();
        group.MapGet("/reports/colleges/{college}/{year:int}.csv", CollegeCsvAsync);
        group.MapGet("/reports/attendance.csv", AttendanceCsv);
        group.MapGet("/documents/{id:int}.pdf", CertificateEndpoints.DownloadCertificate);
        return group;
    }

    public static async Task<PushStreamHttpResult> CollegeCsvAsync(
        [AsParameters] CollegeReportQuery query, CollegeReportService reports, CancellationToken ct) =>
        ReportEndpoints.Csv(await reports.CollegeCsvAsync(query.College, query.Year, query.Excel == true, ct));

    public static PushStreamHttpResult AttendanceCsv([AsParameters] AttendanceExportQuery query,
        CollegeReportService reports, CancellationToken ct) =>
        ReportEndpoints.Csv(reports.AttendanceCsv(query, ct));
}
