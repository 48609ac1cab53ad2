using System.Text.Json;

namespace CpdTracker.Reports.Csv;

public sealed record CsvColumn(string Header, string Field);

/// <summary>A college's report columns, in order: data the society can change without a code change.</summary>
public sealed record CsvLayout(string College, string Description, IReadOnlyList<CsvColumn> Columns)
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "memberNumber", "fullName", "givenNames", "familyName", "activityNumber", "activityTitle", "firstDate", "lastDate",
        "meetingsAttended", "minutesAttended", "hoursAttended", "ruleSetCode",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Reads and checks a layout; a column naming an unknown field is refused by name.</summary>
    public static CsvLayout Parse(string json)
    {
        var layout = JsonSerializer.Deserialize<CsvLayout>(json, Json) ?? throw new FormatException("The layout document is empty.");
        var unknown = layout.Columns.Where(c => !Fields.Contains(c.Field) && !(c.Field.StartsWith("credit:", StringComparison.Ordinal) && c.Field.Length > 7)).ToList();
        if (layout.Columns.Count == 0 || unknown.Count > 0)
        {
            throw new FormatException(layout.Columns.Count == 0
                ? "A layout needs at least one column."
                : $"Unknown field(s) {string.Join(", ", unknown.Select(c => $"'{c.Field}'"))}; use {string.Join(", ", Fields)} or credit:<CATEGORY>.");
        }

        return layout;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
