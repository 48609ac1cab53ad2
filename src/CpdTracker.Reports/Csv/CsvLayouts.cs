namespace CpdTracker.Reports.Csv;

/// <summary>The layouts that ship (Csv/Layouts/*.json): one per college, and Default for any other.</summary>
public static class CsvLayouts
{
    private const string Prefix = "CpdTracker.CsvLayouts.";

    private static readonly Lazy<IReadOnlyDictionary<string, CsvLayout>> Shipped = new(() =>
    {
        var assembly = typeof(CsvLayouts).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return CsvLayout.Parse(reader.ReadToEnd());
            })
            .ToDictionary(l => l.College, StringComparer.Ordinal);
    });

    public static IReadOnlyDictionary<string, CsvLayout> All => Shipped.Value;

    public static CsvLayout For(string college) => All.TryGetValue(college, out var layout) ? layout : All["Default"];
}
