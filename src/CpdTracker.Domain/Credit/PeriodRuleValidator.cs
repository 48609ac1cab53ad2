namespace CpdTracker.Domain.Credit;

/// <summary>A period rule the period arithmetic can use: a known kind, a start day that exists every year, an
/// anchor for a triennium.</summary>
public sealed class PeriodRuleValidator : AbstractValidator<PeriodRule>
{
    public PeriodRuleValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(p => p.Kind).IsInEnum().WithMessage("The period kind must be annual, triennium or memberAnniversary.");
        RuleFor(p => p).Must(StartOnARealDay).When(p => p.Kind != PeriodKind.MemberAnniversary)
            .OverridePropertyName("startDay")
            .WithMessage("The period needs a real start month and day that exists every year (29 February does not).");
        RuleFor(p => p.AnchorYear).NotNull().WithMessage("A triennium needs an anchor year.")
            .InclusiveBetween(1900, 2200).WithMessage("A triennium's anchor year must be between 1900 and 2200.")
            .When(p => p.Kind == PeriodKind.Triennium);
    }

    public static bool StartOnARealDay(PeriodRule p) =>
        p.StartMonth is >= 1 and <= 12 && p.StartDay >= 1 && p.StartDay <= DateTime.DaysInMonth(2001, p.StartMonth);
}
