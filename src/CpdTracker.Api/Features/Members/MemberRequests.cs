namespace CpdTracker.Api.Features.Members;

public sealed record CollegeMembershipRequest(string? College, string? MemberNumber, DateOnly? CycleStart);

/// <param name="TimeZone">Where the member lives (IANA, e.g. Australia/Perth); it decides their "today". Optional: without it their group's zone is used.</param>
public sealed record MemberRequest(
    string? FullName, string? Email, Profession? Profession, Country? Country, List<CollegeMembershipRequest>? CollegeMemberships, string? TimeZone = null);

public sealed record CollegeMembershipResponse(string College, string MemberNumber, DateOnly? CycleStart);

public sealed record MemberResponse(
    int Id, string FullName, string Email, Profession Profession, Country Country, IReadOnlyList<CollegeMembershipResponse> CollegeMemberships, string? TimeZone)
{
    public static MemberResponse From(Member m) => new(m.Id, m.FullName, m.Email, m.Profession, m.Country,
        m.CollegeMemberships.OrderBy(c => c.College).Select(c => new CollegeMembershipResponse(c.College, c.MemberNumber, c.CycleStart)).ToList(), m.TimeZone);
}
