using CsvHelper;

namespace CpdTracker.Reports.Csv;

/// <summary>A CsvHelper record writer (CsvHelper 34's successor to ClassMap) whose columns
/// are a list, in order.</summary>
public abstract class ColumnMap<TRow>(IReadOnlyList<ColumnWriter<TRow>> columns) : CsvRecordWriter<TRow>
{
    public IReadOnlyList<string> Headers { get; } = columns.Select(c => c.Header).ToList();

    public override int FieldCount => columns.Count;

    public override void WriteHeader(CsvWriter writer)
    {
        foreach (var column in columns)
        {
            WriteColumnName(writer, column.Header);
        }
    }

    public override void Write(CsvWriter writer, TRow record)
    {
        foreach (var column in columns)
        {
            column.Write(writer, record);
        }
    }
}
