using CpdTracker.Api.Features.Cpd;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.CollegeReports;

/// <summary>The rule set and the span of local dates a college's report covers: the period ending in the year
/// (or holding ?date=); for colleges on the member's own cycle, every member period that ends in the year.</summary>
public sealed record ReportPeriod(RuleSet Rules, CpdPeriod Window, IReadOnlyList<RuleSet> RuleSets)
{
    public CpdPeriod For(MembershipFacts membership, int year) =>
        Rules.Period.Kind == PeriodKind.MemberAnniversary
            ? CreditPeriods.RequireEndingIn(RuleSets, membership, year).Period
            : Window;

    public static async Task<ReportPeriod> ResolveAsync(
        CreditPeriods periods, string college, int year, DateOnly? date, CancellationToken ct)
    {
        var ruleSets = await periods.RuleSetsAsync(ct);
        var on = date ?? new DateOnly(year, 12, 31);
        var rules = CreditPeriods.RequireRuleSet(ruleSets, college, on, date is null ? "year" : "date");
        if (rules.Period.Kind == PeriodKind.MemberAnniversary)
        {
            return new ReportPeriod(
                rules, new CpdPeriod(new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31)), ruleSets);
        }

        var any = new MembershipFacts(rules.College, "", null);
        var selected = date is { } d
            ? CreditPeriods.RequireHolding(ruleSets, any, d)
            : CreditPeriods.RequireEndingIn(ruleSets, any, year);
        return new ReportPeriod(selected.Rules, selected.Period, ruleSets);
    }
}
