using CpdTracker.Api.Features.Cpd;
using ReportCredit = CpdTracker.Reports.Documents.Models.CreditLine;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>The credit a member's meetings earn under each of their colleges, read off their statements, so a
/// certificate always says what the statement says for the same meeting (caps and block awards included).</summary>
public sealed class ActivityCredits(StatementService statements, CreditPeriods periods)
{
    /// <param name="Credits">Per category and college, for the meetings asked about.</param>
    /// <param name="ByMeeting">Every meeting in the same statements, by meeting id and college: what its own
    /// certificate should say.</param>
    public sealed record Result(
        IReadOnlyList<ReportCredit> Credits,
        IReadOnlyDictionary<int, Dictionary<string, List<ReportCredit>>> ByMeeting);

    public async Task<Result> ForAsync(
        int memberId, IReadOnlyCollection<(int MeetingId, DateOnly LocalDate)> meetings, CancellationToken ct)
    {
        var ruleSets = await periods.RuleSetsAsync(ct);
        var credits = new List<ReportCredit>();
        var byMeeting = new Dictionary<int, Dictionary<string, List<ReportCredit>>>();
        foreach (var membership in await statements.MembershipsAsync(memberId, ct))
        {
            var selections = meetings.Select(m => CreditPeriods.Holding(ruleSets, membership, m.LocalDate))
                .OfType<CreditPeriod>()
                .DistinctBy(p => p.Period);
            foreach (var selected in selections)
            {
                var statement = await statements.ForPeriodAsync(memberId, membership, selected, ct);
                foreach (var meeting in statement.Lines.GroupBy(l => l.MeetingId))
                {
                    var colleges = byMeeting.TryGetValue(meeting.Key, out var found)
                        ? found
                        : byMeeting[meeting.Key] = [];
                    colleges[membership.College] = Lines(selected, meeting).ToList();
                }

                credits.AddRange(Lines(
                    selected, statement.Lines.Where(l => meetings.Any(m => m.MeetingId == l.MeetingId))));
            }
        }

        return new Result(Merge(credits), byMeeting);
    }

    private static IEnumerable<ReportCredit> Lines(
        CreditPeriod selected, IEnumerable<CpdTracker.Domain.Credit.CreditLine> lines) =>
        lines.Where(l => l.Amount > 0)
            .GroupBy(l => l.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportCredit(
                selected.Rules.College,
                selected.Rules.Code,
                g.Key,
                selected.Rules.CategoryNames.GetValueOrDefault(g.Key, g.Key),
                g.Sum(l => l.Amount),
                selected.Rules.UnitName));

    // A workshop that spans two periods of one college is credited in each; its certificate shows one line per
    // category.
    private static List<ReportCredit> Merge(IEnumerable<ReportCredit> credits) =>
        credits.GroupBy(c => (c.College, c.RuleSetCode, c.CategoryCode))
            .Select(g => g.First() with { Amount = g.Sum(c => c.Amount) })
            .ToList();
}
