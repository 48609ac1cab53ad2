namespace CpdTracker.Reports.Csv;

/// <summary>One column of an export: its header and how a row gives its text.</summary>
public sealed record CsvField<TRow>(string Header, Func<TRow, string> Value);
