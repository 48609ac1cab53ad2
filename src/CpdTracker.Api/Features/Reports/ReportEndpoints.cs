using CpdTracker.Api.Features.Cpd;
using CpdTracker.Reports.Csv;

namespace CpdTracker.Api.Features.Reports;

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
        string college, int year, DateOnly? date, CpdDbContext db, CreditPeriods periods, TimeProvider clock, CancellationToken ct)
    {
        if (Refusal(college, year) is { } refusal)
        {
            return refusal;
        }

        var report = await ReportPeriod.ResolveAsync(periods, college, year, date, ct);
        var problems = await ReportCheck.FindAsync(db, report, clock.GetUtcNow().UtcDateTime, ct);
        return TypedResults.Ok(new ReportCheckResponse(college, report.Window.Start, report.Window.End, report.Rules.Code, problems));
    }

    /// <summary>One row per member per accredited activity, in the college's layout, streamed as it is computed.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "text/csv")]
    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> CollegeReportCsv(
        string college, int year, bool? excel, CpdDbContext db, CreditPeriods periods, CancellationToken ct)
    {
        if (Refusal(college, year) is { } refusal)
        {
            return refusal;
        }

        var report = await ReportPeriod.ResolveAsync(periods, college, year, null, ct);
        var file = $"{college}-{year}-{report.Window.Start:yyyy-MM-dd}-to-{report.Window.End:yyyy-MM-dd}.csv";
        return TypedResults.Stream(stream => CsvExport.WriteAsync(stream, CollegeReportRows.ReadAsync(db, college, year, report, ct),
            CollegeReportMap.For(CsvLayouts.For(college)), excel == true, ct), "text/csv; charset=utf-8", file);
    }

    /// <summary>Downloads attendance as CSV, optionally by dates, group or workshop.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "text/csv")]
    public static Results<PushStreamHttpResult, ValidationProblem> AttendanceCsv(
        DateOnly? from, DateOnly? to, int? groupId, int? workshopId, bool? excel, CpdDbContext db, CancellationToken ct)
    {
        if (from > to)
        {
            return ProblemResults.Field("from", "from must not be after to.");
        }

        var file = $"attendance-{from?.ToString("yyyy-MM-dd") ?? "start"}-to-{to?.ToString("yyyy-MM-dd") ?? "end"}.csv";
        return TypedResults.Stream(stream => CsvExport.WriteAsync(stream, AttendanceExportRows.ReadAsync(db, from, to, groupId, workshopId, ct),
            AttendanceExportMap.Columns, excel == true, ct), "text/csv; charset=utf-8", file);
    }

    private static ValidationProblem? Refusal(string college, int year) =>
        !CollegeCodes.IsKnown(college) ? ProblemResults.Field("college", $"college must be one of {string.Join(", ", CollegeCodes.All)}.")
        : year is < 2000 or > 2100 ? ProblemResults.Field("year", "year must be between 2000 and 2100.")
        : null;
}
