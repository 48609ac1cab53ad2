using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Features.Meetings;

/// <summary>The one way a local start in a group's or venue's zone becomes a stored meeting (groups, workshops, the
/// demo and the synthetic society all come here): a time in a daylight-saving gap is refused, an ambiguous one takes
/// its first occurrence.</summary>
public static class MeetingScheduler
{
    public const int MaxDurationMinutes = 12 * 60;

    public static Meeting Create(
        string timeZone, string startsAtLocal, int duration, MeetingMode mode, ActivityKind kind, string title) =>
        Create(timeZone, Parse(startsAtLocal), duration, mode, kind, title);

    public static Meeting Create(
        string timeZone, DateTime local, int duration, MeetingMode mode, ActivityKind kind, string title)
    {
        var meeting = new Meeting
        {
            Kind = kind,
            Title = title,
            TimeZone = timeZone,
            Mode = mode,
            Status = MeetingStatus.Scheduled,
        };
        Place(meeting, local, duration);
        return meeting;
    }

    /// <summary>Moves a meeting to a new local start and duration in its own zone, by the same rules as
    /// scheduling it.</summary>
    public static void Move(Meeting meeting, string startsAtLocal, int duration) =>
        Place(meeting, Parse(startsAtLocal), duration);

    private static void Place(Meeting meeting, DateTime local, int duration)
    {
        var start = LocalStart.Resolve(local, ZoneLookup.Find(meeting.TimeZone));
        meeting.StartsAtUtc = start.Utc;
        meeting.LocalDate = start.LocalDate;
        meeting.DurationMinutes = duration;
    }

    private static DateTime Parse(string startsAtLocal) => LocalDateTimeText.TryParse(startsAtLocal, out var local)
        ? local
        : throw new DomainException("startsAtLocal", $"startsAtLocal {LocalDateTimeText.Message}.");
}
