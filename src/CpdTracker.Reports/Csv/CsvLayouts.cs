namespace CpdTracker.Reports.Csv;

/// <summary>The layouts that ship (Csv/Layouts/*.json, embedded): one per college, and Default for any other. A layout
/// the society changed is read with <see cref="CsvLayout.Parse(string)"/> and given to
/// <see cref="CollegeReportMap"/> instead.</summary>
public static class CsvLayouts
{
    private const string Prefix = "CpdTracker.CsvLayouts.";

    private static readonly Lazy<IReadOnlyDictionary<string, CsvLayout>> Shipped = new(() =>
    {
        var assembly = typeof(CsvLayouts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var json = assembly.GetManifestResourceStream(n)!;
                return CsvLayout.Parse(json);
            })
            .ToDictionary(l => l.College, StringComparer.Ordinal);
    });

    public static IReadOnlyDictionary<string, CsvLayout> All => Shipped.Value;

    /// <summary>The college's shipped layout, or Default for a college without one.</summary>
    public static CsvLayout For(string college) => All.GetValueOrDefault(college) ?? All[CsvLayout.DefaultCollege];
}
