namespace CpdTracker.Domain.Credit;

public static class RuleSetOverlap
{
    /// <summary>Two rule sets of one college in force on the same day (newest version of each code) would
    /// make credit ambiguous.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<RuleSet> ruleSets)
    {
        var latest = ruleSets.GroupBy(r => r.Code).Select(g => g.MaxBy(r => r.Version)!).ToList();
        return latest.SelectMany(a => latest
            .Where(b => string.CompareOrdinal(a.Code, b.Code) < 0 && a.College == b.College
                && a.ValidFrom <= (b.ValidTo ?? DateOnly.MaxValue) && b.ValidFrom <= (a.ValidTo ?? DateOnly.MaxValue))
            .Select(b => $"{a.Code} and {b.Code} are both {a.College} rule sets in force from " +
                $"{(a.ValidFrom > b.ValidFrom ? a.ValidFrom : b.ValidFrom):yyyy-MM-dd}."))
            .ToList();
    }
}
