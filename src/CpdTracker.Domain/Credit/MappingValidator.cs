namespace CpdTracker.Domain.Credit;

/// <summary>One activity mapping: a known kind and role, a rate, and category shares that are whole,
/// distinct and add up to 1.</summary>
public sealed class MappingValidator : AbstractValidator<ActivityMapping>
{
    public MappingValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(m => m.Kind).IsInEnum().WithMessage(m => $"'{(int)m.Kind}' is not a known activity kind.");
        RuleFor(m => m.Role).IsInEnum().WithMessage(m => $"'{(int?)m.Role}' is not a known attendance role.");
        RuleFor(m => m.RatePerHour).GreaterThanOrEqualTo(0);
        RuleFor(m => m.Categories).NotEmpty()
            .Must(c => c.All(s => !string.IsNullOrWhiteSpace(s.Category)))
            .WithMessage("Every share needs a category code.")
            .Must(c => c.Select(s => s.Category).Distinct().Count() == c.Count)
            .WithMessage(m => $"The {m.Kind} mapping names a category twice.")
            .Must(c => c.All(s => s.Fraction > 0)).WithMessage("Every category fraction must be more than 0.")
            .Must(c => c.Sum(s => s.Fraction) == 1)
            .WithMessage(m => $"The category fractions of the {m.Kind} mapping add up to " +
                $"{Amounts.Text(m.Categories.Sum(s => s.Fraction))}, not 1.");
    }
}
