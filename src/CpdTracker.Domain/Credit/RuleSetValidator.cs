namespace CpdTracker.Domain.Credit;

/// <summary>A rule set that would give wrong or ambiguous credit is refused before it is stored.</summary>
public sealed class RuleSetValidator : AbstractValidator<RuleSet>
{
    public RuleSetValidator()
    {
        RuleFor(r => r.College).Must(CollegeCodes.IsKnown).WithMessage(r => $"'{r.College}' is not a known college.");
        RuleFor(r => r.Code).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Version).GreaterThan(0);
        RuleFor(r => r.Name).NotEmpty();
        RuleFor(r => r.Unit).IsInEnum();
        RuleFor(r => r.Period).NotNull().Must(BeAValidPeriod).WithMessage("The period needs a real start month and day, and a triennium an anchor year.");
        RuleFor(r => r.Rounding).NotNull().Must(r => r.Increment > 0).WithMessage("The rounding increment must be more than 0.");
        RuleFor(r => r.MinimumMinutes).GreaterThanOrEqualTo(0);
        RuleFor(r => r.Mappings).NotEmpty();
        RuleForEach(r => r.Mappings).ChildRules(m =>
        {
            m.RuleFor(x => x.Kind).IsInEnum();
            m.RuleFor(x => x.Role).IsInEnum();
            m.RuleFor(x => x.RatePerHour).GreaterThanOrEqualTo(0);
            m.RuleFor(x => x.Categories).NotEmpty()
                .Must(c => c.Sum(s => s.Fraction) == 1).WithMessage(x => $"The category fractions of the {x.Kind} mapping add up to {x.Categories.Sum(s => s.Fraction)}, not 1.")
                .Must(c => c.All(s => s.Fraction > 0)).WithMessage("Every category fraction must be more than 0.");
        });
        RuleFor(r => r.Mappings).Must(m => m.GroupBy(x => (x.Kind, x.Role)).All(g => g.Count() == 1))
            .WithMessage("An activity kind (and role) can be mapped only once.");
        RuleFor(r => r).Must(r => r.IsValidOn(r.ValidFrom) && (r.ValidTo is null || r.ValidTo >= r.ValidFrom)).WithName("validTo")
            .WithMessage("validTo must not be before validFrom.");
        RuleFor(r => r).Must(CoverWholePeriods).WithName("validFrom")
            .WithMessage("A rule set must cover whole periods: validFrom must be a period start and validTo a period end.");
        RuleForEach(r => r.Caps).Must((r, cap) => r.Categories.Contains(cap.Category) && cap.MaxPerActivity > 0)
            .WithMessage((r, cap) => $"The cap on '{cap.Category}' names a category this rule set does not credit, or is not more than 0.");
        RuleFor(r => r.BlockAward).Must((r, b) => b is null || (b.HoursPerBlock > 0 && b.Award > 0 && r.Categories.Contains(b.ReplacesCategory)))
            .WithMessage("A block award needs hours and an award above 0, and must replace a category the mappings credit.");
        RuleForEach(r => r.Requirements).Must((r, q) => q.Minimum >= 0 && q.Categories.All(c => r.Categories.Contains(c) || r.CategoryNames.ContainsKey(c)))
            .WithMessage((r, q) => $"Requirement '{q.Name}' names a category that does not exist in {r.Code}.");
    }

    private static bool BeAValidPeriod(PeriodRule? p) => p is not null && p.StartMonth is >= 1 and <= 12
        && p.StartDay >= 1 && p.StartDay <= DateTime.DaysInMonth(2001, p.StartMonth) && (p.Kind != PeriodKind.Triennium || p.AnchorYear is not null);

    private static bool CoverWholePeriods(RuleSet r)
    {
        if (r.Period is null || !BeAValidPeriod(r.Period) || r.Period.Kind == PeriodKind.MemberAnniversary)
        {
            return true;
        }

        var none = new MembershipFacts(r.College, "", null);
        return Periods.Containing(r, none, r.ValidFrom).Start == r.ValidFrom
            && (r.ValidTo is not { } to || Periods.Containing(r, none, to).End == to);
    }
}
