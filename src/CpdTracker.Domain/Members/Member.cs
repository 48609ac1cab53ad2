namespace CpdTracker.Domain.Members;

/// <summary>A clinician whose attendance is recorded and credited.</summary>
public sealed class Member
{
    public int Id { get; set; }
    public required string FullName { get; set; }
    public required string Email { get; set; }
    public Profession Profession { get; set; }
    public Country Country { get; set; }

    /// <summary>The IANA zone the member lives in, which decides their "today"; when unset, their
    /// group's zone is used.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Whether new certificates and summaries are emailed to the member (invitations and
    /// password mail always are).</summary>
    public bool CertificateEmails { get; set; } = true;

    public List<CollegeMembership> CollegeMemberships { get; set; } = [];
}
