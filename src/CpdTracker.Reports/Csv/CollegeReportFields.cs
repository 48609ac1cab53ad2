using CsvHelper;

namespace CpdTracker.Reports.Csv;

/// <summary>The fields a layout column may name, and how each is written: the one list both
/// validation and writing use.</summary>
public static class CollegeReportFields
{
    public const string CreditPrefix = "credit:";

    private const string CategoryCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static readonly Dictionary<string, Action<CsvWriter, CollegeReportRow>> Writers =
        new(StringComparer.Ordinal)
        {
            ["memberNumber"] = (w, r) => w.Text(r.MemberNumber),
            ["fullName"] = (w, r) => w.Text(r.FullName),
            ["givenNames"] = (w, r) => w.Text(Names.Split(r.FullName).Given),
            ["familyName"] = (w, r) => w.Text(Names.Split(r.FullName).Family),
            ["activityNumber"] = (w, r) => w.Text(r.ActivityNumber),
            ["activityTitle"] = (w, r) => w.Text(r.ActivityTitle),
            ["firstDate"] = (w, r) => w.Date(r.FirstLocalDate),
            ["lastDate"] = (w, r) => w.Date(r.LastLocalDate),
            ["meetingsAttended"] = (w, r) => w.Count(r.MeetingsAttended),
            ["minutesAttended"] = (w, r) => w.Count(r.MinutesAttended),
            ["hoursAttended"] = (w, r) => w.Hours(r.MinutesAttended),
            ["ruleSetCode"] = (w, r) => w.Text(r.RuleSetCode),
            ["credits"] = (w, r) => w.Text(AllCredits(r)),
        };

    public static IReadOnlyCollection<string> FieldNames => Writers.Keys;

    public static bool IsKnown(string field) => Writers.ContainsKey(field) || CategoryOf(field) is not null;

    public static Action<CsvWriter, CollegeReportRow> Writer(string field) =>
        Writers.TryGetValue(field, out var writer) ? writer
        : CategoryOf(field) is { } category ? (w, r) => w.Amount(r.Credits.GetValueOrDefault(category))
        : throw new ArgumentException($"Unknown field '{field}'.", nameof(field));

    /// <summary>The category a credit:&lt;CATEGORY&gt; field shows (capital letters and digits, as rule sets write
    /// them: EA, CAT1, PEER), or null for any other field.</summary>
    public static string? CategoryOf(string field) =>
        field.StartsWith(CreditPrefix, StringComparison.Ordinal) && field.Length > CreditPrefix.Length
            && !field.AsSpan(CreditPrefix.Length).ContainsAnyExcept(CategoryCharacters)
            ? field[CreditPrefix.Length..]
            : null;

    // "EA 1.25; RP 28.5": every category in one cell, for a layout (Default) that has no column per category.
    private static string AllCredits(CollegeReportRow row) => string.Join("; ", row.Credits.Where(c => c.Value != 0)
        .OrderBy(c => c.Key, StringComparer.Ordinal)
        .Select(c => $"{c.Key} {c.Value.ToString("0.####", CultureInfo.InvariantCulture)}"));
}
