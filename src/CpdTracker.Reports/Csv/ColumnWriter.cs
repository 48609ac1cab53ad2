using CsvHelper;

namespace CpdTracker.Reports.Csv;

/// <summary>One column of a map: its header and how a row writes its field.</summary>
public sealed record ColumnWriter<TRow>(string Header, Action<CsvWriter, TRow> Write);
