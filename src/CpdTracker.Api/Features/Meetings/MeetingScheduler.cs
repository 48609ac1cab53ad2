using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Features.Meetings;

/// <summary>Turns a local start in a group's or venue's zone into a stored meeting; shared by groups and workshops.</summary>
public static class MeetingScheduler
{
    public const int MaxDurationMinutes = 12 * 60;

    public static Meeting Create(string timeZone, string startsAtLocal, int duration, MeetingMode mode, ActivityKind kind, string title)
    {
        if (!LocalDateTimeText.TryParse(startsAtLocal, out var local))
        {
            throw new DomainException("startsAtLocal", $"startsAtLocal {LocalDateTimeText.Message}.");
        }

        var start = LocalStart.Resolve(local, ZoneLookup.Find(timeZone));
        return new Meeting
        {
            Kind = kind,
            Title = title,
            StartsAtUtc = start.Utc,
            TimeZone = timeZone,
            LocalDate = start.LocalDate,
            DurationMinutes = duration,
            Mode = mode,
            Status = MeetingStatus.Scheduled,
        };
    }
}
