namespace CpdTracker.Domain.Credit;

/// <summary>Keeps what each activity has earned per category in the period and cuts a line at the cap.</summary>
internal sealed class CapCounter(RuleSet rules)
{
    private readonly Dictionary<(string Activity, string Category), decimal> _earned = [];

    public CreditLine Apply(string activity, CreditLine line)
    {
        var cap = rules.Caps.FirstOrDefault(c => c.Category == line.Category);
        if (cap is null || line.Amount == 0)
        {
            return line;
        }

        var earned = _earned.GetValueOrDefault((activity, line.Category));
        var allowed = Math.Max(0, Math.Min(line.Amount, cap.MaxPerActivity - earned));
        _earned[(activity, line.Category)] = earned + allowed;
        return allowed == line.Amount ? line : line with
        {
            Amount = Amounts.Normal(allowed),
            Explanation = $"{line.Explanation}; capped: this activity's {line.Category} is limited to " +
                $"{Amounts.Text(cap.MaxPerActivity)} a period, so {Amounts.Text(allowed)} counts",
        };
    }
}
