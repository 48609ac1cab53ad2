using CpdTracker.Reports.Csv;
using CsvHelper;

namespace CpdTracker.Reports.Tests.Csv;

internal static class CsvTestData
{
    public static CollegeReportRow Row(
        string name = "Dr Mere Tūhoe-Ngāwai", string number = "551203", Dictionary<string, decimal>? credits = null) =>
        new(number, name, "RACGP-2026-118830", "Melbourne Balint Group",
            new DateOnly(2026, 1, 7), new DateOnly(2026, 11, 18), 20, 1740,
            credits ?? new Dictionary<string, decimal> { ["RP"] = 28.5m, ["EA"] = 1.25m }, "RACGP-2023");

    public static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
            await Task.Yield();
        }
    }

    public static async Task<byte[]> Write(IEnumerable<CollegeReportRow> rows, CsvLayout layout, bool bom = false)
    {
        using var output = new MemoryStream();
        await CsvExport.WriteAsync(output, Stream(rows), new CollegeReportMap(layout), bom, default);
        return output.ToArray();
    }

    /// <summary>Parses a file back with CsvHelper: the header and each record as strings.</summary>
    public static (string[] Header, List<string[]> Records) Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions());
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return (reader.Headers.ToArray(), records);
    }

    /// <summary>Parses a file back with CsvHelper, each record by its header names.</summary>
    public static List<Dictionary<string, string>> ReadByName(byte[] bytes)
    {
        var (header, records) = Read(bytes);
        return records.Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
