using System.Runtime.CompilerServices;
using CsvHelper;

namespace CpdTracker.Reports.Csv;

/// <summary>Writes rows to a stream as they arrive, never holding the report: RFC 4180 quoting, UTF-8 (with a
/// byte-order mark for Excel if asked), and any text cell a spreadsheet would run as a formula
/// (= + - @ tab CR) prefixed with '.</summary>
public static class CsvExport
{
    public static CsvWriterOptions Options(bool byteOrderMark) => CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
        WriteByteOrderMark = byteOrderMark,
    };

    /// <returns>The number of rows written, not counting the header.</returns>
    public static async Task<long> WriteAsync<TRow>(
        Stream output, IAsyncEnumerable<TRow> rows, CsvRecordWriter<TRow> map, bool byteOrderMark, CancellationToken ct)
    {
        await using var csv = Create(output, map, byteOrderMark);
        await csv.WriteRecordsAsync(UntilCancelled(rows, ct), map, ct);
        await csv.FlushAsync(ct);
        return csv.RecordCount - 1;
    }

    /// <returns>The number of rows written, not counting the header.</returns>
    public static async Task<long> WriteAsync<TRow>(
        Stream output, IEnumerable<TRow> rows, CsvRecordWriter<TRow> map, bool byteOrderMark, CancellationToken ct)
    {
        await using var csv = Create(output, map, byteOrderMark);
        await csv.WriteRecordsAsync(UntilCancelled(rows, ct), map, ct);
        await csv.FlushAsync(ct);
        return csv.RecordCount - 1;
    }

    // CsvHelper hands the token to the source and the stream but does not check it between records; a source that
    // ignores it (or a plain sequence) would otherwise be written to the end after the client has gone.
    private static async IAsyncEnumerable<TRow> UntilCancelled<TRow>(IAsyncEnumerable<TRow> rows,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
        {
            ct.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    private static IEnumerable<TRow> UntilCancelled<TRow>(IEnumerable<TRow> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    // The header is written here, not by WriteRecordsAsync, so an empty report still says what its columns are.
    private static CsvWriter Create<TRow>(Stream output, CsvRecordWriter<TRow> map, bool byteOrderMark)
    {
        var csv = CsvWriter.Create(output, Options(byteOrderMark) with { HasHeader = false }, leaveOpen: true);
        map.WriteHeader(csv);
        csv.EndRecord();
        return csv;
    }
}
