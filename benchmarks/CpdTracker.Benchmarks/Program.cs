using BenchmarkDotNet.Running;
using CpdTracker.Benchmarks;
using CpdTracker.Reports.Documents;

// "sizes" prints what the benchmarks do not: document bytes, page counts and the CSV's length.
if (args is ["sizes"])
{
    var certificate = new AttendanceCertificateDocument(SampleDocuments.Certificate()).Render();
    var summary = new AnnualSummaryDocument(SampleDocuments.Summary(40)).Render();
    static string Sha(byte[] bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
    Console.WriteLine($"certificate: {certificate.Length:N0} bytes, "
        + $"{SampleDocuments.PageCount(certificate)} page(s), sha256 {Sha(certificate)}");
    Console.WriteLine($"annual summary (40 lines): {summary.Length:N0} bytes, "
        + $"{SampleDocuments.PageCount(summary)} page(s), sha256 {Sha(summary)}");
    var csv = new CsvBenchmarks();
    csv.Setup();
    Console.WriteLine($"attendance export: {await csv.AttendanceExport100k():N0} rows");
    return;
}

// "certificates N" renders N certificates in a loop on one thread (a timed command, and a target for dotnet-trace).
if (args is ["certificates", var count])
{
    var model = SampleDocuments.Certificate();
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var n = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    for (var i = 0; i < n; i++)
    {
        new AttendanceCertificateDocument(model).Render();
    }

    Console.WriteLine($"{n} certificates in {watch.Elapsed.TotalSeconds:F2} s: "
        + $"{n / watch.Elapsed.TotalSeconds:F0} per second on one thread");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
