namespace CpdTracker.Domain.Credit;

/// <summary>A block award in whole minutes, replacing a category the mappings credit, and never worth less than the
/// per-hour credit it replaces (so attending more can never lower a statement).</summary>
public sealed class BlockAwardValidator : AbstractValidator<BlockAward>
{
    public BlockAwardValidator(RuleSet rules)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(b => b.HoursPerBlock).GreaterThan(0).Must(h => h * 60 == decimal.Truncate(h * 60))
            .WithMessage("A block must be a whole number of minutes.");
        RuleFor(b => b.Category).NotEmpty();
        RuleFor(b => b.ReplacesCategory)
            .Must(c => RuleSetValidator.Credited(rules).Contains(c) && c != rules.BlockAward?.Category)
            .WithMessage(b => "A block award must replace a category the mappings credit, other than its own; " +
                $"'{b.ReplacesCategory}' is not one.");
        RuleFor(b => b.Award).GreaterThan(0)
            .Must((b, award) => award >= b.HoursPerBlock * HighestRate(rules, b.ReplacesCategory))
            .WithMessage(b => $"A block of {Amounts.Text(b.HoursPerBlock)} h must award at least the " +
                $"{Amounts.Text(b.HoursPerBlock * HighestRate(rules, b.ReplacesCategory))} " +
                $"per-hour {b.ReplacesCategory} it replaces.");
    }

    private static decimal HighestRate(RuleSet rules, string category) => rules.Mappings
        .SelectMany(m => (m.Categories ?? [])
            .Where(s => s.Category == category)
            .Select(s => m.RatePerHour * s.Fraction))
        .DefaultIfEmpty(0).Max();
}
