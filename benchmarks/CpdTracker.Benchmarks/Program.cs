using BenchmarkDotNet.Running;
using CpdTracker.Benchmarks;
using CpdTracker.Reports.Documents;

// "sizes" prints what the benchmarks do not: document bytes, page counts and the CSV's length.
if (args is ["sizes"])
{
    var certificate = new AttendanceCertificateDocument(SampleDocuments.Certificate()).Render();
    var summary = new AnnualSummaryDocument(SampleDocuments.Summary(40)).Render();
    Console.WriteLine($"certificate: {certificate.Length:N0} bytes, {SampleDocuments.PageCount(certificate)} page(s)");
    Console.WriteLine($"annual summary (40 lines): {summary.Length:N0} bytes, {SampleDocuments.PageCount(summary)} page(s)");
    var csv = new CsvBenchmarks();
    csv.Setup();
    Console.WriteLine($"attendance export: {await csv.AttendanceExport100k():N0} rows");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
