using CpdTracker.Api.Features.Meetings;

namespace CpdTracker.Api.Data.Seed;

/// <summary>Meetings for the year before now (locked, with realistic attendance) and a few to come (open).</summary>
public sealed class DemoSchedule(Random random, DateTime utcNow)
{
    private readonly AttendanceGenerator _attendance = new(random);

    public IEnumerable<Meeting> Recurring(Group group, DayOfWeek day, TimeOnly time, int everyDays)
    {
        var date = DateOnly.FromDateTime(utcNow).AddDays(-365);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        var attendees = AttendanceGenerator.Attendees(group);
        for (; date <= DateOnly.FromDateTime(utcNow).AddDays(35); date = date.AddDays(everyDays))
        {
            var meeting = MeetingScheduler.Create(group.TimeZone, date.ToDateTime(time), 90, group.Mode, ActivityKind.GroupMeeting, group.Name);
            meeting.GroupId = group.Id;
            yield return Register(meeting, attendees);
        }
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
        // The newest meeting's register is left open, as a leader who has not finished would leave it.
        if (utcNow - meeting.EndsAtUtc > TimeSpan.FromDays(7))
        {
            AttendanceGenerator.Lock(meeting);
        }

        return meeting;
    }
}
