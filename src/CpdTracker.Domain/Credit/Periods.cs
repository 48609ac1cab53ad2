namespace CpdTracker.Domain.Credit;

/// <summary>Which period of a rule set holds a date, or ends in a year.</summary>
public static class Periods
{
    public static CpdPeriod Containing(RuleSet rules, MembershipFacts membership, DateOnly date) =>
        rules.Period.Kind switch
        {
            PeriodKind.Annual => Cycle(Anchor(rules.Period, date.Year), 1, date),
            PeriodKind.Triennium => Cycle(Anchor(rules.Period, TrienniumAnchor(rules)), 3, date),
            _ => Cycle(CycleStart(rules, membership), 1, date),
        };

    public static CpdPeriod EndingIn(RuleSet rules, MembershipFacts membership, int year)
    {
        var period = Containing(rules, membership, new DateOnly(year, 12, 31));
        if (period.End.Year != year)
        {
            period = Containing(rules, membership, period.Start.AddDays(-1));
        }

        if (period.End.Year == year)
        {
            return period;
        }

        var next = Containing(rules, membership, new DateOnly(year, 12, 31));
        throw new CreditRuleException($"No {rules.College} period ends in {year}: " +
            $"under {rules.Code} the period holding {year} runs {next.Start:yyyy-MM-dd} to {next.End:yyyy-MM-dd}, " +
            $"so ask for {next.End.Year}.");
    }

    private static int TrienniumAnchor(RuleSet rules) => rules.Period.AnchorYear
        ?? throw new CreditRuleException($"{rules.Code}: a triennium needs an anchor year.");

    private static DateOnly CycleStart(RuleSet rules, MembershipFacts membership) => membership.CycleStart
        ?? throw new CreditRuleException($"{rules.College} periods follow the member's own cycle, " +
            $"but membership {membership.MemberNumber} has no cycle start date.");

    private static DateOnly Anchor(PeriodRule rule, int year) =>
        new(year, rule.StartMonth, Math.Min(rule.StartDay, DateTime.DaysInMonth(year, rule.StartMonth)));

    // Periods of whole years from an anchor; AddYears keeps a 29 February anchor on the 28th in other years.
    private static CpdPeriod Cycle(DateOnly anchor, int years, DateOnly date)
    {
        var steps = (int)Math.Floor((date.Year - anchor.Year) / (double)years);
        var start = anchor.AddYears(steps * years);
        while (start > date)
        {
            start = anchor.AddYears(--steps * years);
        }

        while (anchor.AddYears((steps + 1) * years) <= date)
        {
            start = anchor.AddYears(++steps * years);
        }

        return new CpdPeriod(start, anchor.AddYears((steps + 1) * years).AddDays(-1));
    }
}
