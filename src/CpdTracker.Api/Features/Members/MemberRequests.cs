namespace CpdTracker.Api.Features.Members;

public sealed record CollegeMembershipRequest(string? College, string? MemberNumber, DateOnly? CycleStart);

/// <param name="TimeZone">Where the member lives (IANA, e.g. Australia/Perth); it decides their "today". Optional:
/// without it their group's zone is used.</param>
/// <param name="CertificateEmails">Whether new certificates and summaries are emailed (invitations and password mail
/// always are). Optional: a new member gets them; an update without it leaves the choice as it was.</param>
public sealed record MemberRequest(
    string? FullName, string? Email, Profession? Profession, Country? Country,
    List<CollegeMembershipRequest>? CollegeMemberships, string? TimeZone = null, bool? CertificateEmails = null);

public sealed record CollegeMembershipResponse(string College, string MemberNumber, DateOnly? CycleStart);

public sealed record MemberResponse(
    int Id, string FullName, string Email, Profession Profession, Country Country,
    IReadOnlyList<CollegeMembershipResponse> CollegeMemberships, string? TimeZone, bool CertificateEmails)
{
    public static MemberResponse From(Member m) => new(m.Id, m.FullName, m.Email, m.Profession, m.Country,
        m.CollegeMemberships.OrderBy(c => c.College)
            .Select(c => new CollegeMembershipResponse(c.College, c.MemberNumber, c.CycleStart))
            .ToList(),
        m.TimeZone, m.CertificateEmails);
}
