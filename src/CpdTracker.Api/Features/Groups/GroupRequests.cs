using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Groups;

public sealed record LeaderRequest(int MemberId, LeaderRole? Role);

public sealed record EnrolmentRequest(int MemberId, DateOnly? JoinedOn, DateOnly? LeftOn);

public sealed record GroupRequest(
    string? Name, string? City, string? TimeZone, MeetingMode? Mode, List<LeaderRequest>? Leaders, List<int>? MemberIds,
    List<EnrolmentRequest>? Enrolments, List<AccreditationRequest>? Accreditations);

public sealed record LeaderResponse(int MemberId, LeaderRole Role);

public sealed record EnrolmentResponse(int MemberId, DateOnly? JoinedOn, DateOnly? LeftOn);

public sealed record GroupResponse(
    int Id, string Name, string City, string TimeZone, MeetingMode Mode, IReadOnlyList<LeaderResponse> Leaders,
    IReadOnlyList<EnrolmentResponse> Enrolments, IReadOnlyList<Accreditation> Accreditations)
{
    public static GroupResponse From(Group g) => new(g.Id, g.Name, g.City, g.TimeZone, g.Mode,
        g.Leaders.Select(l => new LeaderResponse(l.MemberId, l.Role)).ToList(),
        g.Enrolments.OrderBy(e => e.MemberId)
            .Select(e => new EnrolmentResponse(e.MemberId, e.JoinedOn, e.LeftOn))
            .ToList(),
        g.Accreditations);
}
