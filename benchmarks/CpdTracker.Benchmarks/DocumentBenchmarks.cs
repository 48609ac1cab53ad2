using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Benchmarks;

/// <summary>One attendance certificate and one 40-line (3-page) annual summary, rendered to PDF bytes.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private AttendanceCertificate _certificate = null!;
    private AnnualSummary _summary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _certificate = SampleDocuments.Certificate();
        _summary = SampleDocuments.Summary(40);
    }

    [Benchmark]
    public byte[] Certificate() => new AttendanceCertificateDocument(_certificate).Render();

    [Benchmark]
    public byte[] AnnualSummary40Lines() => new AnnualSummaryDocument(_summary).Render();
}
