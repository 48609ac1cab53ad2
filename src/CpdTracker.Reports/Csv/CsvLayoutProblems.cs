using CpdTracker.Domain.Colleges;

namespace CpdTracker.Reports.Csv;

internal static class CsvLayoutProblems
{
    public static IEnumerable<string> Of(CsvLayout? layout)
    {
        if (layout is null)
        {
            yield return "The layout document is empty.";
            yield break;
        }

        if (layout.College != CsvLayout.DefaultCollege && !CollegeCodes.IsKnown(layout.College))
        {
            yield return $"College '{layout.College}' is not one of {string.Join(", ", CollegeCodes.All)} " +
                $"or {CsvLayout.DefaultCollege}.";
        }

        if (layout.Columns is not { Count: > 0 })
        {
            yield return "A layout needs at least one column.";
            yield break;
        }

        foreach (var (column, i) in layout.Columns.Select((c, i) => (c, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(column?.Header))
            {
                yield return $"Column {i} has no header.";
            }

            if (column?.Field is not { } field || !CollegeReportFields.IsKnown(field))
            {
                yield return $"Column {i} names unknown field '{column?.Field}'; " +
                    $"use one of {string.Join(", ", CollegeReportFields.FieldNames)} " +
                    $"or {CollegeReportFields.CreditPrefix}<CATEGORY> (capital letters and digits, e.g. credit:EA).";
            }
        }

        foreach (var header in layout.Columns.Select(c => c?.Header).OfType<string>()
            .GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"Header '{header.Key}' appears {header.Count()} times.";
        }
    }
}
