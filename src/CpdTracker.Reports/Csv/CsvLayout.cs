using System.Text.Json;

namespace CpdTracker.Reports.Csv;

/// <summary>A college's report columns, in order: data the society can change without a code change.</summary>
public sealed record CsvLayout(string College, string Description, IReadOnlyList<CsvColumn> Columns)
{
    public const string DefaultCollege = "Default";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Reads and checks a layout; every problem (an unknown field, a missing header, an
    /// unknown college) is named.</summary>
    /// <exception cref="FormatException">The document is not a valid layout.</exception>
    public static CsvLayout Parse(string json) =>
        Checked(Deserialize(() => JsonSerializer.Deserialize<CsvLayout>(json, Json)));

    /// <inheritdoc cref="Parse(string)"/>
    public static CsvLayout Parse(Stream json) =>
        Checked(Deserialize(() => JsonSerializer.Deserialize<CsvLayout>(json, Json)));

    /// <summary>The categories this layout has a column for; credit in any other category would not show (the
    /// report check can say so).</summary>
    public IReadOnlySet<string> CreditCategories => Columns.Select(c => CollegeReportFields.CategoryOf(c.Field))
        .OfType<string>().ToHashSet(StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static CsvLayout? Deserialize(Func<CsvLayout?> read)
    {
        try
        {
            return read();
        }
        catch (JsonException e)
        {
            throw new FormatException($"The layout is not valid JSON: {e.Message}", e);
        }
    }

    private static CsvLayout Checked(CsvLayout? layout)
    {
        var problems = CsvLayoutProblems.Of(layout).ToList();
        return problems.Count == 0 ? layout! : throw new FormatException(string.Join(" ", problems));
    }
}
