namespace CpdTracker.Api.Features.Certificates;

public sealed class CertificatesOptions
{
    public const string SectionName = "Certificates";

    /// <summary>Days after a college period ends before its annual summaries are issued (late registers get locked first).</summary>
    public int GraceDays { get; set; } = 14;

    /// <summary>Printed on every document; the code is appended.</summary>
    public string VerifyBaseUrl { get; set; } = "https://cpd.balintanz.org/verify/";

    /// <summary>The recurring job's schedule (cron, UTC).</summary>
    public string SummaryCron { get; set; } = "0 17 * * *";
}
