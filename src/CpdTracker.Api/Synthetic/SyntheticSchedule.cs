using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Synthetic;

/// <summary>Meetings and registers: statuses in the proportions the demo society uses (80 % present, late, left early, apologies, absent).</summary>
public sealed class SyntheticSchedule(Random random, SyntheticData data)
{
    private static readonly TimeOnly[] Evenings = [new(18, 30), new(19, 0), new(19, 30), new(12, 30), new(7, 30)];

    public void Fortnightly(GroupRow group)
    {
        var zone = ZoneLookup.Find(group.TimeZone);
        var time = Evenings[random.Next(Evenings.Length)];
        var attendees = new[] { (group.LeaderId, AttendanceRole.Leader), (group.CoLeaderId, AttendanceRole.CoLeader) }
            .Concat(group.MemberIds.Select(id => (id, AttendanceRole.Participant))).ToList();
        var date = SyntheticSociety.FirstDay.AddDays(random.Next(14));
        for (; date <= SyntheticSociety.LastDay; date = date.AddDays(14))
        {
            Register(Add(group.Id, null, ActivityKind.GroupMeeting, group.Name, zone, date.ToDateTime(time), 90, group.Mode), attendees);
        }

        // The next meeting's register is open: the load test saves registers here.
        Add(group.Id, null, ActivityKind.GroupMeeting, group.Name, zone, date.ToDateTime(time), 90, group.Mode);
    }

    public void Workshops()
    {
        (string Title, string Venue, string Zone, DateOnly Start)[] workshops =
        [
            ("BSANZ Four-Day Leadership Intensive", "Yarra Valley Conference Centre, Victoria", "Australia/Melbourne", new(2025, 3, 20)),
            ("Aotearoa Balint Residential", "Waiheke Island, Auckland", "Pacific/Auckland", new(2025, 6, 12)),
            ("Blue Mountains Balint Workshop", "Leura, NSW", "Australia/Sydney", new(2025, 9, 18)),
        ];
        (int Hour, ActivityKind Kind, string Title, int Minutes)[] day =
        [
            (9, ActivityKind.WorkshopGroup, "Small group", 90), (11, ActivityKind.WorkshopPlenary, "Plenary", 60),
            (14, ActivityKind.LeadershipTraining, "Leadership training", 90), (16, ActivityKind.WorkshopGroup, "Small group", 90),
        ];
        var id = 0;
        foreach (var (title, venue, zoneId, start) in workshops)
        {
            var nz = zoneId == "Pacific/Auckland";
            var pool = data.Members.Where(m => (m.Country == Country.NZ) == nz).Select(m => m.Id).ToArray();
            var participants = pool.OrderBy(_ => random.Next()).Take(60).Order().ToArray();
            var workshop = new WorkshopRow(++id, title, venue, zoneId, start, start.AddDays(3), participants,
                (nz ? new[] { "RNZCGP", "RANZCP" } : ["RACGP", "ACRRM", "RANZCP"]).Select(c => (c, $"{c}-WS-2025-{id:000}")).ToList());
            data.Workshops.Add(workshop);
            var zone = ZoneLookup.Find(zoneId);
            var attendees = participants.Select(p => (p, AttendanceRole.Participant)).ToList();
            for (var d = workshop.StartDate; d <= workshop.EndDate; d = d.AddDays(1))
            {
                foreach (var (hour, kind, name, minutes) in day)
                {
                    var session = $"{name} — day {d.DayNumber - start.DayNumber + 1}";
                    Register(Add(null, workshop.Id, kind, session, zone, d.ToDateTime(new TimeOnly(hour, 0)), minutes, MeetingMode.InPerson), attendees);
                }
            }
        }
    }

    private MeetingRow Add(int? groupId, int? workshopId, ActivityKind kind, string title, TimeZoneInfo zone, DateTime local, int minutes, MeetingMode mode)
    {
        var start = SyntheticSociety.Start(zone, local);
        var meeting = new MeetingRow(data.Meetings.Count + 1, groupId, workshopId, kind, title, start.Utc, zone.Id, start.LocalDate, minutes, mode,
            MeetingStatus.Scheduled, null, SyntheticSociety.NewGuid(random));
        data.Meetings.Add(meeting);
        return meeting;
    }

    private void Register(MeetingRow meeting, IReadOnlyList<(int MemberId, AttendanceRole Role)> attendees)
    {
        var presenter = random.Next(attendees.Count);
        for (var i = 0; i < attendees.Count; i++)
        {
            var (memberId, role) = attendees[i];
            var (status, minutes) = Attendance(meeting.DurationMinutes, role != AttendanceRole.Participant);
            var presented = i == presenter && status == AttendanceStatus.Present && role == AttendanceRole.Participant && meeting.Kind == ActivityKind.GroupMeeting;
            data.Attendances.Add(new AttendanceRow(meeting.Id, memberId, status, minutes, presented ? AttendanceRole.Presenter : role));
        }

        data.Meetings[meeting.Id - 1] = meeting with { Status = MeetingStatus.Locked, LockedAtUtc = meeting.StartsAtUtc.AddMinutes(meeting.DurationMinutes + 120) };
    }

    private (AttendanceStatus, int) Attendance(int duration, bool leads) => (leads ? random.Next(90) : random.Next(100)) switch
    {
        < 80 => (AttendanceStatus.Present, duration),
        < 87 => (AttendanceStatus.Late, duration - 5 * random.Next(2, 9)),
        < 90 => (AttendanceStatus.LeftEarly, duration - 5 * random.Next(3, 12)),
        < 98 => (AttendanceStatus.Apology, 0),
        _ => (AttendanceStatus.Absent, 0),
    };
}
