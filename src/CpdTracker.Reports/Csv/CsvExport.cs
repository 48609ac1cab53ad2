using CsvHelper;

namespace CpdTracker.Reports.Csv;

/// <summary>Writes rows to a stream as they arrive: RFC 4180 quoting, UTF-8 (with a byte-order mark for Excel if asked),
/// and any cell that a spreadsheet would run as a formula (= + - @ tab CR) prefixed with ' so it is shown, not run.</summary>
public static class CsvExport
{
    private const int FlushEvery = 1_000;

    public static CsvWriterOptions Options(bool byteOrderMark) => new()
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
        WriteByteOrderMark = byteOrderMark,
    };

    public static async Task<long> WriteAsync<TRow>(Stream output, IAsyncEnumerable<TRow> rows, IReadOnlyList<CsvField<TRow>> columns, bool byteOrderMark, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options(byteOrderMark), leaveOpen: true);
        csv.WriteHeader(columns.Select(c => c.Header).ToArray());
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Value(row));
            }

            await csv.EndRecordAsync(ct);
            if (++count % FlushEvery == 0)
            {
                await csv.FlushAsync(ct);
            }
        }

        await csv.FlushAsync(ct);
        return count;
    }
}
