using System.Globalization;

namespace CpdTracker.Reports.Csv;

/// <summary>The columns of a college layout, in its order. (CsvHelper 34 has no ClassMap; a layout's map is this list.)</summary>
public static class CollegeReportMap
{
    public static IReadOnlyList<CsvField<CollegeReportRow>> For(CsvLayout layout) =>
        layout.Columns.Select(c => new CsvField<CollegeReportRow>(c.Header, row => Value(row, c.Field))).ToList();

    public static string Value(CollegeReportRow row, string field) => field switch
    {
        "memberNumber" => row.MemberNumber,
        "fullName" => row.FullName,
        "givenNames" => Names.Split(row.FullName).Given,
        "familyName" => Names.Split(row.FullName).Family,
        "activityNumber" => row.ActivityNumber,
        "activityTitle" => row.ActivityTitle,
        "firstDate" => row.FirstLocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "lastDate" => row.LastLocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "meetingsAttended" => row.MeetingsAttended.ToString(CultureInfo.InvariantCulture),
        "minutesAttended" => row.MinutesAttended.ToString(CultureInfo.InvariantCulture),
        "hoursAttended" => Amount(row.MinutesAttended / 60m),
        "ruleSetCode" => row.RuleSetCode,
        _ => Amount(row.Credits.GetValueOrDefault(field["credit:".Length..])),
    };

    public static string Amount(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
