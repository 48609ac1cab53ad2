namespace CpdTracker.Domain.Credit;

/// <summary>A rule set that would give wrong or ambiguous credit is refused before it is stored.</summary>
public sealed class RuleSetValidator : AbstractValidator<RuleSet>
{
    public RuleSetValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.College).Must(CollegeCodes.IsKnown).WithMessage(r => $"'{r.College}' is not a known college.");
        RuleFor(r => r.Code).NotEmpty().MaximumLength(32);
        RuleFor(r => r.Version).GreaterThan(0);
        RuleFor(r => r.Name).NotEmpty();
        RuleFor(r => r.Unit).IsInEnum().WithMessage("The unit must be hours, points or credits.");
        RuleFor(r => r.Period).NotNull().SetValidator(new PeriodRuleValidator());
        RuleFor(r => r.Rounding).NotNull().Must(r => r.Increment > 0)
            .WithMessage("The rounding increment must be more than 0.")
            .Must(r => Enum.IsDefined(r.Mode)).WithMessage("The rounding mode must be down or nearest.");
        RuleFor(r => r.MinimumMinutes).GreaterThanOrEqualTo(0);
        RuleFor(r => r.Mappings).NotEmpty()
            .Must(m => m.GroupBy(x => (x.Kind, x.Role)).All(g => g.Count() == 1))
            .WithMessage("An activity kind (and role) can be mapped only once.");
        RuleForEach(r => r.Mappings).SetValidator(new MappingValidator());
        RuleFor(r => r.ValidTo).Must((r, to) => to is null || to >= r.ValidFrom)
            .WithMessage("validTo must not be before validFrom.");
        Include(new RuleSetCoverageValidator());
        RuleFor(r => r.CategoryNames).NotNull();
        RuleFor(r => r).Must(r => Credited(r).All(c => r.CategoryNames.ContainsKey(c)))
            .When(r => r.CategoryNames is not null)
            .OverridePropertyName("categoryNames")
            .WithMessage(r => "Every credited category needs a display name; missing: " +
                $"{string.Join(", ", Credited(r).Where(c => !r.CategoryNames.ContainsKey(c)))}.");
        RuleForEach(r => r.Caps).Must((r, cap) => Credited(r).Contains(cap.Category) && cap.MaxPerActivity > 0)
            .WithMessage((r, cap) =>
                $"The cap on '{cap.Category}' names a category this rule set does not credit, or is not more than 0.");
        RuleFor(r => r.Caps).Must(c => c.Select(x => x.Category).Distinct().Count() == c.Count)
            .WithMessage("A category can be capped only once.");
        RuleFor(r => r.BlockAward!).SetValidator(r => new BlockAwardValidator(r))
            .When(r => r.BlockAward is not null && r.Mappings is not null);
        RuleForEach(r => r.Requirements).Must((r, q) => !string.IsNullOrWhiteSpace(q.Name))
            .WithMessage("Every requirement needs a name.")
            .Must((r, q) => q.Minimum >= 0).WithMessage((r, q) => $"Requirement '{q.Name}' has a minimum below 0.")
            .Must((r, q) =>
                q.Categories.All(c => Credited(r).Contains(c) || (r.CategoryNames?.ContainsKey(c) ?? false)))
            .WithMessage((r, q) => $"Requirement '{q.Name}' names a category that does not exist in {r.Code}.");
    }

    /// <summary>Null-safe: the validator must report a broken document, never throw on it.</summary>
    internal static IReadOnlySet<string> Credited(RuleSet r) =>
        (r.Mappings ?? []).SelectMany(m => m.Categories ?? []).Select(s => s.Category)
            .Append(r.BlockAward?.Category).OfType<string>().Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
}
