namespace CpdTracker.Domain.Credit;

public static class RuleSetSelector
{
    /// <summary>The rule set of a college in force on a date, judged on the newest version of each code only:
    /// an older version whose dates a newer one has since changed must not come back.</summary>
    public static RuleSet? For(IEnumerable<RuleSet> ruleSets, string college, DateOnly date) =>
        ruleSets.Where(r => r.College == college)
            .GroupBy(r => r.Code).Select(g => g.MaxBy(r => r.Version)!)
            .Where(r => r.IsValidOn(date))
            .OrderByDescending(r => r.ValidFrom).ThenBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault();
}
