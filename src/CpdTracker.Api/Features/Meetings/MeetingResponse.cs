using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Features.Meetings;

public sealed record MeetingResponse(
    int Id, int? GroupId, int? WorkshopId, ActivityKind Kind, string Title, DateTime StartsAtUtc, string StartsAtLocal,
    string UtcOffset, DateOnly LocalDate, string TimeZone, int DurationMinutes, MeetingMode Mode, MeetingStatus Status,
    DateTime? LockedAtUtc, Guid Version)
{
    public static MeetingResponse From(Meeting m)
    {
        var zone = ZoneLookup.Find(m.TimeZone);
        var utc = DateTime.SpecifyKind(m.StartsAtUtc, DateTimeKind.Utc);
        return new MeetingResponse(m.Id, m.GroupId, m.WorkshopId, m.Kind, m.Title, utc,
            LocalDateTimeText.Format(LocalStart.ToLocal(utc, zone)),
            LocalDateTimeText.FormatOffset(zone.GetUtcOffset(utc)),
            m.LocalDate, m.TimeZone, m.DurationMinutes, m.Mode, m.Status,
            m.LockedAtUtc is { } locked ? DateTime.SpecifyKind(locked, DateTimeKind.Utc) : null, m.Version);
    }
}
