using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.Cpd;

/// <summary>A college's rule set in force and the period it gives one membership.</summary>
public sealed record CreditPeriod(RuleSet Rules, CpdPeriod Period);

/// <summary>The one selection of rule set and period for a membership, by date or by the year a period ends in;
/// statements, certificates, summaries and college reports all ask here. A problem is reported on the field the
/// caller gave.</summary>
public sealed class CreditPeriods(RuleSetStore store)
{
    public Task<IReadOnlyList<RuleSet>> RuleSetsAsync(CancellationToken ct) => store.LatestAsync(ct);

    /// <summary>The period holding a date, or null where the college has no rule set then or the member has no
    /// cycle start.</summary>
    public static CreditPeriod? Holding(IReadOnlyList<RuleSet> ruleSets, MembershipFacts membership, DateOnly date)
    {
        if (RuleSetSelector.For(ruleSets, membership.College, date) is not { } rules
            || NeedsCycleStart(rules, membership))
        {
            return null;
        }

        var period = Periods.Containing(rules, membership, date);
        return rules.IsValidOn(period.Start) && rules.IsValidOn(period.End) ? new CreditPeriod(rules, period) : null;
    }

    /// <summary>The period holding a date; a date no rule set covers is a 400 on <paramref name="field"/>.</summary>
    public static CreditPeriod RequireHolding(
        IReadOnlyList<RuleSet> ruleSets, MembershipFacts membership, DateOnly date, string field = "date") =>
        Reported(field, () => Holding(ruleSets, membership, date)
            ?? throw new DomainException(field, Missing(ruleSets, membership, date)));

    /// <summary>The college's rule set in force on a date; none is a 400 on <paramref name="field"/>.</summary>
    public static RuleSet RequireRuleSet(
        IReadOnlyList<RuleSet> ruleSets, string college, DateOnly date, string field) =>
        RuleSetSelector.For(ruleSets, college, date)
            ?? throw new DomainException(field, $"No {college} rule set is in force on {date:yyyy-MM-dd}.");

    /// <summary>The period that ends in a year; a year no period ends in is a 400 on "year".</summary>
    public static CreditPeriod RequireEndingIn(
        IReadOnlyList<RuleSet> ruleSets, MembershipFacts membership, int year) => Reported("year", () =>
    {
        var rules = RequireRuleSet(ruleSets, membership.College, new DateOnly(year, 12, 31), "year");
        var period = Periods.EndingIn(rules, membership, year);
        return rules.IsValidOn(period.Start)
            ? new CreditPeriod(rules, period)
            : throw new DomainException("year",
                $"The {rules.College} period {period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd} " +
                $"is not wholly inside rule set {rules.Code}.");
    });

    /// <summary>Every period that ended in a span (newest rule set of each), for issuing summaries a missed
    /// run left.</summary>
    public static IEnumerable<CreditPeriod> EndedBetween(
        IReadOnlyList<RuleSet> ruleSets, MembershipFacts membership, DateOnly after, DateOnly onOrBefore)
    {
        var seen = new HashSet<DateOnly>();
        for (var probe = onOrBefore; probe > after; probe = probe.AddDays(-28))
        {
            if (Holding(ruleSets, membership, probe) is { } found && found.Period.End <= onOrBefore
                && found.Period.End > after && seen.Add(found.Period.End))
            {
                yield return found;
            }
        }
    }

    private static bool NeedsCycleStart(RuleSet rules, MembershipFacts membership) =>
        rules.Period.Kind == PeriodKind.MemberAnniversary && membership.CycleStart is null;

    private static string Missing(IReadOnlyList<RuleSet> ruleSets, MembershipFacts membership, DateOnly date) =>
        RuleSetSelector.For(ruleSets, membership.College, date) is { } rules && NeedsCycleStart(rules, membership)
            ? $"{rules.College} periods follow the member's own cycle, " +
                $"but this {rules.College} membership has no cycle start date."
            : $"No {membership.College} rule set is in force on {date:yyyy-MM-dd}.";

    private static T Reported<T>(string field, Func<T> select)
    {
        try
        {
            return select();
        }
        catch (CreditRuleException e)
        {
            throw new DomainException(field, e.Message);
        }
    }
}
