namespace CpdTracker.Reports.Csv;

/// <summary>The CsvHelper map of one college layout: its columns, headers and order come
/// from the layout's data.</summary>
public sealed class CollegeReportMap(CsvLayout layout)
    : ColumnMap<CollegeReportRow>(layout.Columns.Select(c =>
        new ColumnWriter<CollegeReportRow>(c.Header, CollegeReportFields.Writer(c.Field))).ToList())
{
    public CsvLayout Layout => layout;

    public static CollegeReportMap For(CsvLayout layout) => new(layout);
}
