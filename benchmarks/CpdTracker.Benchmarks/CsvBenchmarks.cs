using CpdTracker.Reports.Csv;

namespace CpdTracker.Benchmarks;

/// <summary>The register export writer over 100,000 rows into a stream that only counts bytes.</summary>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    private const int Rows = 100_000;
    private AttendanceExportRow[] _rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        string[] names =
        [
            "Dr Mere Tūhoe-Ngāwai", "Dr Zoë O'Brien", "Priya Raman", "Dr Tom Nguyen", "Liam Walsh, RN",
            "Sarah \"Sally\" Goldberg",
        ];
        string[] statuses = ["Present", "Present", "Present", "Late", "Apology", "LeftEarly", "Absent"];
        _rows = Enumerable.Range(0, Rows).Select(i => new AttendanceExportRow(
            new DateOnly(2025, 1, 1).AddDays(i % 365),
            new TimeOnly(19, 0),
            new TimeOnly(20, 30),
            "Australia/Melbourne",
            "AEDT",
            90,
            "InPerson",
            $"Balint Group {i % 1250:0000} (Melbourne)",
            "GroupMeeting",
            "Balint group meeting",
            names[i % names.Length],
            "General practitioner",
            statuses[i % statuses.Length],
            i % 7 == 4 ? 0 : 90,
            i % 8 == 0 ? "Leader" : "Participant",
            true)).ToArray();
    }

    [Benchmark]
    public Task<long> AttendanceExport100k() =>
        CsvExport.WriteAsync(
            new CountingStream(), Stream(_rows), AttendanceExportMap.Columns, false, CancellationToken.None);

    private static async IAsyncEnumerable<AttendanceExportRow> Stream(AttendanceExportRow[] rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
