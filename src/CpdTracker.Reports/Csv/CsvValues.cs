using CsvHelper;

namespace CpdTracker.Reports.Csv;

/// <summary>How values look in every export. Numbers, dates and times are written as values, not text, so CsvHelper's
/// injection escaping leaves them alone: "-1.5" stays a number a spreadsheet can add up (it can
/// never be a formula).</summary>
internal static class CsvValues
{
    public static void Text(this CsvWriter writer, string? value) => writer.WriteField(value ?? "");

    public static void Amount(this CsvWriter writer, decimal value) => writer.WriteField(value, "0.####");

    public static void Hours(this CsvWriter writer, int minutes) =>
        writer.Amount(decimal.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero));

    public static void Count(this CsvWriter writer, int value) => writer.WriteField(value, "");

    public static void Date(this CsvWriter writer, DateOnly value) => writer.WriteField(value, "yyyy-MM-dd");

    public static void Time(this CsvWriter writer, TimeOnly value) => writer.WriteField(value, "HH:mm");
}
