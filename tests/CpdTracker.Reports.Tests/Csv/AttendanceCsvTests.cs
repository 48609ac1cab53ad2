using CpdTracker.Reports.Csv;
using static CpdTracker.Reports.Tests.Csv.CsvTestData;

namespace CpdTracker.Reports.Tests.Csv;

/// <summary>Measures the process heap, so it must not share the process with tests running beside it.</summary>
[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

[Collection(nameof(MemoryMeasurement))]
public sealed class AttendanceCsvTests
{
    private static AttendanceExportRow Row(int i) =>
        new(new DateOnly(2026, 1, 1).AddDays(i % 365), new TimeOnly(19, 0), new TimeOnly(20, 30),
            "Australia/Melbourne", "AEDT", 90, "InPerson",
            "Melbourne Balint Group", "GroupMeeting", "Melbourne Balint Group", $"Member {i} Ngāwai", "GP",
            i % 7 == 0 ? "Apology" : "Present", i % 7 == 0 ? 0 : 90, "Participant", i % 2 == 0);

    [Fact]
    public async Task EachAttendanceIsOneRowInTheMeetingsLocalTime()
    {
        using var output = new MemoryStream();
        var rows = Stream(Enumerable.Range(6, 2).Select(Row));
        await CsvExport.WriteAsync(output, rows, AttendanceExportMap.Columns, false, default);

        var (header, records) = Read(output.ToArray());

        Assert.Equal(
            "Local date,Start,End,Zone,Time zone,Duration (min),Mode,Group or workshop,Kind,Meeting," +
            "Member,Profession,Status,Minutes attended,Role,Register locked",
            string.Join(",", header));
        Assert.Equal(
            [
                "2026-01-07", "19:00", "20:30", "AEDT", "Australia/Melbourne", "90", "InPerson",
                "Melbourne Balint Group", "GroupMeeting", "Melbourne Balint Group",
                "Member 6 Ngāwai", "GP", "Present", "90", "Participant", "yes",
            ],
            records[0]);
        Assert.Equal(["Apology", "0", "Participant", "no"], records[1][^4..]);
    }

    [Fact]
    public async Task AnExportWithNoAttendanceStillHasItsHeader()
    {
        using var output = new MemoryStream();

        var count = await CsvExport.WriteAsync(output, Stream(Array.Empty<AttendanceExportRow>()),
            AttendanceExportMap.Columns, false, default);

        Assert.Equal(0, count);
        Assert.Equal(16, Read(output.ToArray()).Header.Length);
    }

    [Fact]
    public async Task WritingAHundredThousandRowsKeepsMemoryFlat()
    {
        var heap = new long[2];
        async IAsyncEnumerable<AttendanceExportRow> Rows()
        {
            for (var i = 0; i < 100_000; i++)
            {
                if (i is 10_000 or 90_000)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    heap[i == 10_000 ? 0 : 1] = GC.GetTotalMemory(forceFullCollection: true);
                }

                yield return Row(i);
                if (i % 5_000 == 0)
                {
                    await Task.Yield();
                }
            }
        }

        var sink = new CountingStream();
        var written = await CsvExport.WriteAsync(sink, Rows(), AttendanceExportMap.Columns, false, default);

        // A writer that kept the rows (or the bytes) between row 10,000 and 90,000 would hold 80,000 rows, over 10 MB.
        Assert.Equal(100_000, written);
        Assert.True(sink.Written > 15_000_000, $"output was {sink.Written:N0} bytes");
        var growth = heap[1] - heap[0];
        Assert.True(growth < 2_000_000, $"live heap grew {growth:N0} bytes between row 10,000 and row 90,000 " +
            $"while {sink.Written:N0} bytes were written");
    }

    [Fact]
    public async Task CancellingStopsTheExportPartWay()
    {
        using var cancel = new CancellationTokenSource();
        var produced = 0;
        async IAsyncEnumerable<AttendanceExportRow> Rows()
        {
            for (var i = 0; i < 100_000; i++)
            {
                if (++produced == 1_000)
                {
                    await cancel.CancelAsync();
                }

                yield return Row(i);
                await Task.Yield();
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CsvExport.WriteAsync(new CountingStream(), Rows(), AttendanceExportMap.Columns, false, cancel.Token));
        Assert.InRange(produced, 1_000, 1_001);
    }

    [Fact]
    public async Task CancellingStopsAnExportFromAnOrdinarySequenceToo()
    {
        using var cancel = new CancellationTokenSource();
        var produced = 0;
        IEnumerable<AttendanceExportRow> Rows()
        {
            for (var i = 0; i < 100_000; i++)
            {
                if (++produced == 1_000)
                {
                    cancel.Cancel();
                }

                yield return Row(i);
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CsvExport.WriteAsync(new CountingStream(), Rows(), AttendanceExportMap.Columns, false, cancel.Token));
        Assert.InRange(produced, 1_000, 1_001);
    }
}
