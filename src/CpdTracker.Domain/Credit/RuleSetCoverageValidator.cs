namespace CpdTracker.Domain.Credit;

/// <summary>A rule set covers whole periods, never half of one: validFrom is a period start and validTo, if set, a
/// period end. Member-anniversary periods differ per member, so only fixed calendars are checked.</summary>
public sealed class RuleSetCoverageValidator : AbstractValidator<RuleSet>
{
    private const string WholePeriods = "A rule set must cover whole periods";

    public RuleSetCoverageValidator()
    {
        RuleFor(r => r.ValidFrom).Must((r, from) => Period(r, from).Start == from).When(HasFixedPeriods)
            .WithMessage(r => $"{WholePeriods}: validFrom must be a period start, " +
                $"such as {Period(r, r.ValidFrom).Start:yyyy-MM-dd}.");
        RuleFor(r => r.ValidTo).Must((r, to) => Period(r, to!.Value).End == to)
            .When(r => HasFixedPeriods(r) && r.ValidTo is not null)
            .WithMessage(r => $"{WholePeriods}: validTo must be a period end, " +
                $"such as {Period(r, r.ValidTo!.Value).End:yyyy-MM-dd}.");
    }

    private static bool HasFixedPeriods(RuleSet r) => r.Period is { Kind: PeriodKind.Annual or PeriodKind.Triennium } p
        && PeriodRuleValidator.StartOnARealDay(p) && (p.Kind == PeriodKind.Annual || p.AnchorYear is not null);

    private static CpdPeriod Period(RuleSet r, DateOnly date) =>
        Periods.Containing(r, new MembershipFacts(r.College, "", null), date);
}
