using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.Reports;

/// <summary>The rule set and the span of local dates a college's report covers: the period ending in the year
/// (or holding ?date=); for colleges on the member's own cycle, every member period that ends in the year.</summary>
public sealed record ReportPeriod(RuleSet Rules, CpdTracker.Domain.Credit.CpdPeriod Window)
{
    public CpdTracker.Domain.Credit.CpdPeriod For(MembershipFacts membership, int year) =>
        Rules.Period.Kind == PeriodKind.MemberAnniversary ? Periods.EndingIn(Rules, membership, year) : Window;

    public static async Task<ReportPeriod> ResolveAsync(RuleSetStore store, string college, int year, DateOnly? date, CancellationToken ct)
    {
        var on = date ?? new DateOnly(year, 12, 31);
        var rules = RuleSetSelector.For(await store.LatestAsync(ct), college, on)
            ?? throw new DomainException("year", $"No {college} rule set is in force on {on:yyyy-MM-dd}.");
        if (rules.Period.Kind == PeriodKind.MemberAnniversary)
        {
            return new ReportPeriod(rules, new CpdTracker.Domain.Credit.CpdPeriod(new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31)));
        }

        var none = new MembershipFacts(college, "", null);
        return new ReportPeriod(rules, date is { } d ? Periods.Containing(rules, none, d) : Periods.EndingIn(rules, none, year));
    }
}
