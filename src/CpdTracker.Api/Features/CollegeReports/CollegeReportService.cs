using CpdTracker.Api.Features.Cpd;
using CpdTracker.Domain.Credit;
using CpdTracker.Reports.Csv;

namespace CpdTracker.Api.Features.CollegeReports;

/// <summary>A CSV to send: its file name and how to write it to the response as it is computed.</summary>
public sealed record CsvDownload(string FileName, Func<Stream, Task> WriteAsync);

/// <summary>College reports and the attendance export, for the API's endpoints and the administrator's report page
/// alike. A year or date no rule set covers is a DomainException on that field (a 400 from the API).</summary>
public sealed class CollegeReportService(CpdDbContext db, CreditPeriods periods, TimeProvider clock)
{
    public async Task<ReportCheckResponse> CheckAsync(string college, int year, DateOnly? date, CancellationToken ct)
    {
        var report = await ReportPeriod.ResolveAsync(periods, college, year, date, ct);
        var problems = await ReportCheck.FindAsync(db, report, clock.GetUtcNow().UtcDateTime, ct);
        return new ReportCheckResponse(college, report.Window.Start, report.Window.End, report.Rules.Code, problems);
    }

    public async Task<CsvDownload> CollegeCsvAsync(string college, int year, bool excel, CancellationToken ct)
    {
        var report = await ReportPeriod.ResolveAsync(periods, college, year, null, ct);
        return new($"{college}-{year}-{report.Window.Start:yyyy-MM-dd}-to-{report.Window.End:yyyy-MM-dd}.csv", stream =>
            CsvExport.WriteAsync(stream, CollegeReportRows.ReadAsync(db, college, year, report, ct),
                CollegeReportMap.For(CsvLayouts.For(college)),
                excel, ct));
    }

    public CsvDownload AttendanceCsv(AttendanceExportQuery query, CancellationToken ct)
    {
        var (first, last) = (query.From?.ToString("yyyy-MM-dd") ?? "start", query.To?.ToString("yyyy-MM-dd") ?? "end");
        var rows = AttendanceExportRows.ReadAsync(db, query.From, query.To, query.GroupId, query.WorkshopId, ct);
        return new($"attendance-{first}-to-{last}.csv",
            stream => CsvExport.WriteAsync(stream, rows, AttendanceExportMap.Columns, query.Excel == true, ct));
    }

    /// <summary>The years a college's report can be run for: those a period of its rule sets ends in (every year for
    /// colleges on the member's own cycle), up to next year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(string college, CancellationToken ct)
    {
        var ruleSets = await periods.RuleSetsAsync(ct);
        var own = ruleSets.Where(r => r.College == college).ToList();
        if (own.Count == 0)
        {
            return [];
        }

        var last = Math.Min(clock.GetUtcNow().Year + 1, own.Max(r => r.ValidTo?.Year ?? int.MaxValue));
        return Enumerable.Range(own.Min(r => r.ValidFrom.Year), Math.Max(0, last - own.Min(r => r.ValidFrom.Year) + 1))
            .Where(year => EndsIn(ruleSets, college, year)).Reverse().ToList();
    }

    private static bool EndsIn(IReadOnlyList<RuleSet> ruleSets, string college, int year)
    {
        try
        {
            var rules = CreditPeriods.RequireRuleSet(ruleSets, college, new DateOnly(year, 12, 31), "year");
            return rules.Period.Kind == PeriodKind.MemberAnniversary
                || CreditPeriods.RequireEndingIn(ruleSets, new MembershipFacts(college, "", null), year)
                    .Period.End.Year == year;
        }
        catch (DomainException)
        {
            return false;
        }
    }
}
