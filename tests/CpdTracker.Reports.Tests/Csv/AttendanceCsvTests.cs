using CpdTracker.Reports.Csv;
using static CpdTracker.Reports.Tests.Csv.CsvTestData;

namespace CpdTracker.Reports.Tests.Csv;

public sealed class AttendanceCsvTests
{
    private static AttendanceExportRow Row(int i) => new(new DateOnly(2026, 1, 1).AddDays(i % 365), new TimeOnly(19, 0), new TimeOnly(20, 30),
        "Australia/Melbourne", "AEDT", 90, "InPerson", "Melbourne Balint Group", "GroupMeeting", "Melbourne Balint Group",
        $"Member {i} Ngāwai", "GP", i % 7 == 0 ? "Apology" : "Present", i % 7 == 0 ? 0 : 90, "Participant", true);

    [Fact]
    public async Task EachAttendanceIsOneRowInTheMeetingsLocalTime()
    {
        using var output = new MemoryStream();
        await CsvExport.WriteAsync(output, Stream(Enumerable.Range(1, 3).Select(Row)), AttendanceExportMap.Columns, false, default);

        var (header, records) = Read(output.ToArray());

        Assert.Equal("Local date,Start,End,Zone,Time zone,Duration (min),Mode,Group or workshop,Kind,Meeting,Member,Profession,Status,Minutes attended,Role,Register locked", string.Join(",", header));
        Assert.Equal(["2026-01-02", "19:00", "20:30", "AEDT", "Australia/Melbourne", "90", "InPerson"], records[0][..7]);
        Assert.Equal(3, records.Count);
    }

    /// <summary>Counts bytes and keeps none, so the test measures the writer, not the sink.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written += count;
        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default) { Written += buffer.Length; return ValueTask.CompletedTask; }
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

        Assert.Equal(100_000, written);
        Assert.True(sink.Written > 15_000_000, $"output was {sink.Written} bytes");
        var growth = heap[1] - heap[0];
        Assert.True(growth < 2_000_000, $"live heap grew {growth:N0} bytes between row 10,000 and row 90,000 while {sink.Written:N0} bytes were written");
    }
}
