namespace CpdTracker.Domain.Credit;

public static class RuleSetSelector
{
    /// <summary>The newest version of the rule set of a college in force on a date.</summary>
    public static RuleSet? For(IEnumerable<RuleSet> ruleSets, string college, DateOnly date) =>
        ruleSets.Where(r => r.College == college && r.IsValidOn(date))
            .OrderByDescending(r => r.ValidFrom).ThenByDescending(r => r.Version).FirstOrDefault();
}
