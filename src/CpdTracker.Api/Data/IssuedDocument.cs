namespace CpdTracker.Api.Data;

public enum DocumentKind
{
    AttendanceCertificate,
    WorkshopCertificate,
    AnnualSummary,
}

public enum DocumentStatus
{
    Valid,
    Superseded,
    Revoked,

    /// <summary>A corrected register no longer earns it (the member was absent, or the meeting was
    /// cancelled).</summary>
    Withdrawn,
}

/// <summary>A certificate or annual summary as issued: its PDF bytes, their hash and the data shown are frozen at
/// issue.</summary>
public sealed class IssuedDocument
{
    public int Id { get; set; }
    public DocumentKind Kind { get; set; }
    public int MemberId { get; set; }

    /// <summary>What it certifies: "meeting:12", "workshop:3", "RACGP:2026-01-01:2026-12-31".</summary>
    public required string Subject { get; set; }

    public int Version { get; set; }
    public required string Number { get; set; }
    public required string VerificationCode { get; set; }
    public required string Title { get; set; }
    public DateTime IssuedAtUtc { get; set; }
    public DateOnly IssueDate { get; set; }
    public required byte[] Pdf { get; set; }
    public required string Sha256 { get; set; }
    public required string DataJson { get; set; }
    public DocumentStatus Status { get; set; }
    public string? SupersededByNumber { get; set; }
    public string? WithdrawnReason { get; set; }
}
