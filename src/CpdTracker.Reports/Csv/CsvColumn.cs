namespace CpdTracker.Reports.Csv;

/// <summary>One column of a college layout: the header the college sees and the field of
/// <see cref="CollegeReportRow"/> it shows.</summary>
public sealed record CsvColumn(string Header, string Field);
