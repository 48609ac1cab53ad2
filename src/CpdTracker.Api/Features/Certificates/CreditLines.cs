using CpdTracker.Domain.Credit;
using ReportCredit = CpdTracker.Reports.Documents.Models.CreditLine;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>The credit one activity gives a member under each college they belong to, as certificate lines.</summary>
public static class CreditLines
{
    public static List<ReportCredit> For(IReadOnlyList<RuleSet> ruleSets, IEnumerable<MembershipFacts> memberships, IReadOnlyList<AttendanceFact> facts)
    {
        var lines = new List<ReportCredit>();
        foreach (var membership in memberships)
        {
            var date = facts.Min(f => f.LocalDate);
            if (RuleSetSelector.For(ruleSets, membership.College, date) is not { } rules || rules.Period.Kind == PeriodKind.MemberAnniversary && membership.CycleStart is null)
            {
                continue;
            }

            var period = Periods.Containing(rules, membership, date);
            var statement = CreditEngine.Compute(rules, membership, period, facts);
            lines.AddRange(statement.Totals.Where(t => t.Value > 0).OrderBy(t => t.Key).Select(t =>
                new ReportCredit(rules.College, rules.Code, t.Key, rules.CategoryNames.GetValueOrDefault(t.Key, t.Key), t.Value, rules.UnitName)));
        }

        return lines;
    }
}
