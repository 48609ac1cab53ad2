using CpdTracker.Api.Features.Meetings;

namespace CpdTracker.Api.Data.Seed;

/// <summary>Meetings for the year before now (locked, with realistic attendance), each group's newest waiting for its
/// register, and a few to come.</summary>
public sealed class DemoSchedule(Random random, DateTime utcNow)
{
    private readonly AttendanceGenerator _attendance = new(random);

    /// <summary>A group's meetings: those that have ended are marked and locked, except the newest that has started,
    /// which waits unmarked for its leader (so whoever tries the demo, on any day, has a register to mark and lock),
    /// and those to come.</summary>
    public IEnumerable<Meeting> Recurring(Group group, DayOfWeek day, TimeOnly time, int everyDays)
    {
        var date = DateOnly.FromDateTime(utcNow).AddDays(-365);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        var meetings = new List<Meeting>();
        for (; date <= DateOnly.FromDateTime(utcNow).AddDays(35); date = date.AddDays(everyDays))
        {
            var meeting = MeetingScheduler.Create(
                group.TimeZone, date.ToDateTime(time), 90, group.Mode, ActivityKind.GroupMeeting, group.Name);
            meeting.GroupId = group.Id;
            meetings.Add(meeting);
        }

        var waiting = meetings.LastOrDefault(m => m.StartsAtUtc <= utcNow);
        var attendees = AttendanceGenerator.Attendees(group);
        return meetings.Select(m => m == waiting ? m : Register(m, attendees)).ToList();
    }

    public IEnumerable<Meeting> WorkshopSessions(Workshop workshop)
    {
        var attendees = AttendanceGenerator.Attendees(workshop);
        return WorkshopProgramme.Sessions(workshop).Select(session => Register(session, attendees));
    }

    private Meeting Register(Meeting meeting, IReadOnlyList<(int MemberId, AttendanceRole Role)> attendees)
    {
        if (meeting.EndsAtUtc > utcNow)
        {
            return meeting;
        }

        _attendance.Fill(meeting, attendees);
        AttendanceGenerator.Lock(meeting);
        return meeting;
    }
}
