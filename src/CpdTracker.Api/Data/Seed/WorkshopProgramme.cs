using CpdTracker.Api.Features.Meetings;

namespace CpdTracker.Api.Data.Seed;

/// <summary>A seeded workshop's days: two small groups, a plenary and leadership training each day, in the venue's
/// zone.</summary>
public static class WorkshopProgramme
{
    private static readonly (int Hour, ActivityKind Kind, string Title, int Minutes)[] Day =
    [
        (9, ActivityKind.WorkshopGroup, "Small group", 90),
        (11, ActivityKind.WorkshopPlenary, "Plenary", 60),
        (14, ActivityKind.LeadershipTraining, "Leadership training", 90),
        (16, ActivityKind.WorkshopGroup, "Small group", 90),
    ];

    public static IEnumerable<Meeting> Sessions(Workshop workshop)
    {
        for (var d = workshop.StartDate; d <= workshop.EndDate; d = d.AddDays(1))
        {
            foreach (var (hour, kind, title, minutes) in Day)
            {
                var session = MeetingScheduler.Create(
                    workshop.TimeZone,
                    d.ToDateTime(new TimeOnly(hour, 0)),
                    minutes,
                    MeetingMode.InPerson,
                    kind,
                    $"{title} — day {d.DayNumber - workshop.StartDate.DayNumber + 1}");
                session.WorkshopId = workshop.Id;
                yield return session;
            }
        }
    }
}
