using CpdTracker.Api.Features.Cpd;
using CpdTracker.Reports.Csv;

namespace CpdTracker.Api.Features.CollegeReports;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").WithAccess(Access.Admin).WithRequestValidation();
        group.MapGet("/colleges/{college}/{year:int}/check", CheckCollegeReport).WithName(nameof(CheckCollegeReport));
        group.MapGet("/colleges/{college}/{year:int}.csv", CollegeReportCsv).WithName(nameof(CollegeReportCsv));
        group.MapGet("/attendance.csv", AttendanceCsv).WithName(nameof(AttendanceCsv));
        return group;
    }

    /// <summary>Checks a college's report for a year, listing what would make it wrong or incomplete.</summary>
    public static async Task<Results<Ok<ReportCheckResponse>, ValidationProblem>> CheckCollegeReport(
        [AsParameters] CollegeReportQuery query, CpdDbContext db, CreditPeriods periods, TimeProvider clock, CancellationToken ct)
    {
        var report = await ReportPeriod.ResolveAsync(periods, query.College, query.Year, query.Date, ct);
        var problems = await ReportCheck.FindAsync(db, report, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(new ReportCheckResponse(query.College, report.Window.Start, report.Window.End, report.Rules.Code, problems));
    }

    /// <summary>One row per member per accredited activity, in the college's layout, streamed as it is computed.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "text/csv")]
    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> CollegeReportCsv(
        [AsParameters] CollegeReportQuery query, CpdDbContext db, CreditPeriods periods, CancellationToken ct)
    {
        var (college, year) = (query.College, query.Year);
        var report = await ReportPeriod.ResolveAsync(periods, college, year, null, ct);
        var file = $"{college}-{year}-{report.Window.Start:yyyy-MM-dd}-to-{report.Window.End:yyyy-MM-dd}.csv";
        return TypedResults.Stream(stream => CsvExport.WriteAsync(stream, CollegeReportRows.ReadAsync(db, college, year, report, ct),
            CollegeReportMap.For(CsvLayouts.For(college)), query.Excel == true, ct), "text/csv; charset=utf-8", file);
    }

    /// <summary>One row per attendance, with local times and the zone's abbreviation.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "text/csv")]
    public static Results<PushStreamHttpResult, ValidationProblem> AttendanceCsv([AsParameters] AttendanceExportQuery query, CpdDbContext db, CancellationToken ct)
    {
        var file = $"attendance-{query.From?.ToString("yyyy-MM-dd") ?? "start"}-to-{query.To?.ToString("yyyy-MM-dd") ?? "end"}.csv";
        return TypedResults.Stream(stream => CsvExport.WriteAsync(stream, AttendanceExportRows.ReadAsync(db, query.From, query.To, query.GroupId, query.WorkshopId, ct),
            AttendanceExportMap.Columns, query.Excel == true, ct), "text/csv; charset=utf-8", file);
    }
}
