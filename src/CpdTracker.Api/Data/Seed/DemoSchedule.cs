using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Data.Seed;

/// <summary>Meetings for the year before now (locked, with realistic attendance) and a few to come (open).</summary>
public sealed class DemoSchedule(Random random, DateTime utcNow)
{
    public IEnumerable<Meeting> Recurring(Group group, DayOfWeek day, TimeOnly time, int everyDays)
    {
        var zone = ZoneLookup.Find(group.TimeZone);
        var date = DateOnly.FromDateTime(utcNow).AddDays(-365);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        var attendees = group.Leaders.Select(l => (l.MemberId, l.AttendanceRole))
            .Concat(group.Enrolments.Select(e => (e.MemberId, AttendanceRole.Participant))).ToList();
        for (; date <= DateOnly.FromDateTime(utcNow).AddDays(35); date = date.AddDays(everyDays))
        {
            var meeting = Meeting(zone, date.ToDateTime(time), 90, group.Mode, ActivityKind.GroupMeeting, group.Name);
            meeting.GroupId = group.Id;
            yield return Register(meeting, attendees);
        }
    }

    public IEnumerable<Meeting> WorkshopSessions(Workshop workshop)
    {
        var zone = ZoneLookup.Find(workshop.TimeZone);
        var attendees = workshop.Participants.Select(p => (p.MemberId, AttendanceRole.Participant)).ToList();
        (int Hour, ActivityKind Kind, string Title, int Minutes)[] day =
        [
            (9, ActivityKind.WorkshopGroup, "Small group", 90),
            (11, ActivityKind.WorkshopPlenary, "Plenary", 60),
            (14, ActivityKind.LeadershipTraining, "Leadership training", 90),
            (16, ActivityKind.WorkshopGroup, "Small group", 90),
        ];
        for (var d = workshop.StartDate; d <= workshop.EndDate; d = d.AddDays(1))
        {
            foreach (var (hour, kind, title, minutes) in day)
            {
                var session = Meeting(zone, d.ToDateTime(new TimeOnly(hour, 0)), minutes, MeetingMode.InPerson, kind, $"{title} — day {d.DayNumber - workshop.StartDate.DayNumber + 1}");
                session.WorkshopId = workshop.Id;
                yield return Register(session, attendees);
            }
        }
    }

    private static Meeting Meeting(TimeZoneInfo zone, DateTime local, int minutes, MeetingMode mode, ActivityKind kind, string title)
    {
        var start = LocalStart.Resolve(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
        return new Meeting
        {
            Kind = kind, Title = title, StartsAtUtc = start.Utc, TimeZone = zone.Id, LocalDate = start.LocalDate,
            DurationMinutes = minutes, Mode = mode, Status = MeetingStatus.Scheduled,
        };
    }

    private Meeting Register(Meeting meeting, IReadOnlyList<(int MemberId, AttendanceRole Role)> attendees)
    {
        if (meeting.EndsAtUtc > utcNow)
        {
            return meeting;
        }

        var presenter = random.Next(attendees.Count);
        for (var i = 0; i < attendees.Count; i++)
        {
            var (memberId, role) = attendees[i];
            var (status, minutes) = Attendance(meeting.DurationMinutes, role != AttendanceRole.Participant);
            var presented = i == presenter && status == AttendanceStatus.Present && role == AttendanceRole.Participant;
            meeting.Attendances.Add(new Attendance { MemberId = memberId, Status = status, MinutesAttended = minutes, Role = presented ? AttendanceRole.Presenter : role });
        }

        // The newest meeting's register is left open, as a leader who has not finished would leave it.
        if (utcNow - meeting.EndsAtUtc > TimeSpan.FromDays(7))
        {
            meeting.Status = MeetingStatus.Locked;
            meeting.LockedAtUtc = meeting.EndsAtUtc.AddHours(2);
        }

        return meeting;
    }

    private (AttendanceStatus, int) Attendance(int duration, bool leads)
    {
        var roll = leads ? random.Next(90) : random.Next(100);
        return roll switch
        {
            < 80 => (AttendanceStatus.Present, duration),
            < 87 => (AttendanceStatus.Late, duration - 5 * random.Next(2, 9)),
            < 90 => (AttendanceStatus.LeftEarly, duration - 5 * random.Next(3, 12)),
            < 98 => (AttendanceStatus.Apology, 0),
            _ => (AttendanceStatus.Absent, 0),
        };
    }
}
