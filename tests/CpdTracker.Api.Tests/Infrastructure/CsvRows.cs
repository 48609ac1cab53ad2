using CsvHelper;

namespace CpdTracker.Api.Tests.Infrastructure;

public static class CsvRows
{
    /// <summary>Reads a CSV back with CsvHelper's reader: one dictionary per row, by header.</summary>
    public static List<Dictionary<string, string>> Parse(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions());
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((h, i) => (h, v: reader.GetString(i))).ToDictionary(x => x.h, x => x.v));
        }

        return rows;
    }
}
