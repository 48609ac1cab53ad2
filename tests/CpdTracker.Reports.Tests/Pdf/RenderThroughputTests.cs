using System.Diagnostics;
using CpdTracker.Reports.Documents;
using Xunit.Abstractions;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class RenderThroughputTests(ITestOutputHelper output)
{
    // Reports the figures rather than asserting them: timing depends on the machine and its load.
    [Fact]
    public void FiveHundredCertificateRendersAreAllIdenticalAndTheRateIsReported()
    {
        var model = SampleModels.Attendance();
        var first = new AttendanceCertificateDocument(model).Render();
        var watch = Stopwatch.StartNew();

        var differing = Enumerable.Range(0, 500)
            .Count(_ => !new AttendanceCertificateDocument(model).Render().AsSpan().SequenceEqual(first));

        watch.Stop();
        output.WriteLine($"500 certificates in {watch.ElapsedMilliseconds} ms " +
            $"({500 / watch.Elapsed.TotalSeconds:F0}/s), {first.Length} bytes each");
        Assert.Equal(0, differing);
    }

    [Fact]
    public void CertificatesRenderedOnManyThreadsAtOnceAreIdentical()
    {
        var model = SampleModels.Attendance();
        var expected = new AttendanceCertificateDocument(model).Render();
        var renders = new byte[16][];

        Parallel.For(0, renders.Length, i => renders[i] = new AttendanceCertificateDocument(model).Render());

        Assert.All(renders, pdf => Assert.Equal(expected, pdf));
    }
}
