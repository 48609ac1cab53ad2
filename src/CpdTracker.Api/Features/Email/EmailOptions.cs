using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Features.Email;

public enum CertificateDelivery
{
    Attach,
    Link,
}

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>The sender, e.g. "BSANZ CPD &lt;cpd@balintanz.org&gt;"; unset: the society's short name and
    /// contact email.</summary>
    [MaxLength(300)]
    public string? From { get; set; }

    /// <summary>A new certificate or summary travels as a PDF attachment, or as a link to the
    /// member's download.</summary>
    public CertificateDelivery Certificates { get; set; } = CertificateDelivery.Attach;

    /// <summary>Documents for a meeting (or a summary's due date) older than this are issued without email:
    /// back-filled history.</summary>
    [Range(0, 3650)]
    public int SkipDocumentsOlderThanDays { get; set; } = 30;

    /// <summary>Unset: a "mail" folder beside the SQLite file. Used when no SMTP host is set: each message becomes an
    /// .eml file.</summary>
    public string? PickupFolder { get; set; }

    /// <summary>Tries before a message the server keeps refusing for now (4xx, no connection) is Failed; waits double
    /// from 1 minute to 12 hours.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How long a sender's claim holds; a message claimed longer ago (its sender died) is taken over. Longer
    /// than an SMTP timeout.</summary>
    [Range(1, 1440)]
    public int SendingLeaseMinutes { get; set; } = 10;

    /// <summary>A message still unsent this long after it was written makes the health check report Degraded.</summary>
    [Range(1, 10080)]
    public int StuckAfterMinutes { get; set; } = 60;

    /// <summary>When the send job looks for messages due (retries after a wait); a new message is sent at
    /// once anyway.</summary>
    [Required]
    public string SendCron { get; set; } = "* * * * *";
}
