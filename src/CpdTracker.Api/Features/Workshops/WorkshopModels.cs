using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Workshops;

public sealed record WorkshopRequest(
    string? Title, string? Venue, string? TimeZone, DateOnly? StartDate, DateOnly? EndDate,
    List<AccreditationRequest>? Accreditations, List<int>? ParticipantIds);

public sealed record SessionRequest(
    ActivityKind? Kind, string? Title, string? StartsAtLocal, int DurationMinutes, MeetingMode? Mode) : IScheduledStart;

public sealed record WorkshopResponse(
    int Id, string Title, string Venue, string TimeZone, DateOnly StartDate, DateOnly EndDate,
    IReadOnlyList<Accreditation> Accreditations, IReadOnlyList<int> ParticipantIds,
    IReadOnlyList<MeetingResponse> Sessions)
{
    public static WorkshopResponse From(Workshop w, IEnumerable<Meeting> sessions) => new(
        w.Id, w.Title, w.Venue, w.TimeZone,
        w.StartDate, w.EndDate, w.Accreditations, w.Participants.Select(p => p.MemberId).Order().ToList(),
        sessions.OrderBy(s => s.StartsAtUtc).Select(MeetingResponse.From).ToList());
}
