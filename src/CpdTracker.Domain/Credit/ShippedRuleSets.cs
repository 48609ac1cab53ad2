namespace CpdTracker.Domain.Credit;

/// <summary>The rule sets that ship with the product (Credit/RuleSets/*.json, embedded).</summary>
public static class ShippedRuleSets
{
    private const string Prefix = "CpdTracker.RuleSets.";

    public static IReadOnlyList<RuleSet> Load()
    {
        var assembly = typeof(ShippedRuleSets).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order()
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return RuleSetJson.Parse(reader.ReadToEnd());
            })
            .ToList();
    }
}
