using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Features.Certificates;

public sealed class CertificatesOptions
{
    public const string SectionName = "Certificates";

    /// <summary>Days after a college period ends before its annual summaries are issued (late registers get locked
    /// first).</summary>
    public int GraceDays { get; set; } = 14;

    /// <summary>Printed on every document; the code is appended. Unset, it is App:PublicBaseUrl followed by
    /// "/verify/".</summary>
    [Required(ErrorMessage =
        "Set App:PublicBaseUrl to the address members reach this site at (for example https://cpd.example.org): " +
        "every certificate prints it, followed by /verify/ and the document's code. " +
        "Certificates:VerifyBaseUrl overrides the whole prefix.")]
    public string? VerifyBaseUrl { get; set; }

    /// <summary>The recurring job's schedule (cron, UTC).</summary>
    public string SummaryCron { get; set; } = "0 17 * * *";

    /// <summary>Members whose annual summaries are issued at once. 0 chooses: one per core on SQLite (rendering
    /// dominates), two per core on PostgreSQL (a worker also waits on the server's answers).</summary>
    [Range(0, 64)]
    public int SummaryWorkers { get; set; }
}
