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
        [AsParameters] CollegeReportQuery query, CollegeReportService reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.CheckAsync(query.College, query.Year, query.Date, ct));

    /// <summary>One row per member per accredited activity, in the college's layout, streamed as it is
    /// computed.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "text/csv")]
    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> CollegeReportCsv(
        [AsParameters] CollegeReportQuery query, CollegeReportService reports, CancellationToken ct) =>
        Csv(await reports.CollegeCsvAsync(query.College, query.Year, query.Excel == true, ct));

    /// <summary>One row per attendance, with local times and the zone's abbreviation.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "text/csv")]
    public static Results<PushStreamHttpResult, ValidationProblem> AttendanceCsv(
        [AsParameters] AttendanceExportQuery query, CollegeReportService reports, CancellationToken ct) =>
        Csv(reports.AttendanceCsv(query, ct));

    public static PushStreamHttpResult Csv(CsvDownload file) =>
        TypedResults.Stream(file.WriteAsync, "text/csv; charset=utf-8", file.FileName);
}
