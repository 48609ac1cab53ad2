using CpdTracker.Api.Data.Seed;
using CpdTracker.Api.Features.Meetings;

namespace CpdTracker.Tools.Synthetic;

/// <summary>Meetings and registers through 2025, attendance by the demo's own generator; every register locked except
/// each group's next one.</summary>
public sealed class SyntheticSchedule(Random random, SyntheticData data)
{
    private static readonly TimeOnly[] Evenings = [new(18, 30), new(19, 0), new(19, 30), new(12, 30), new(7, 30)];

    private readonly AttendanceGenerator _attendance = new(random);

    public void Fortnightly(Group group)
    {
        var time = Evenings[random.Next(Evenings.Length)];
        var attendees = AttendanceGenerator.Attendees(group);
        var date = SyntheticSociety.FirstDay.AddDays(random.Next(14));
        for (; date <= SyntheticSociety.LastDay; date = date.AddDays(14))
        {
            Register(Add(group, date.ToDateTime(time)), attendees);
        }

        // The next meeting's register is open: the load test saves registers here.
        Add(group, date.ToDateTime(time));
    }

    public void Workshops()
    {
        (string Title, string Venue, string Zone, DateOnly Start)[] workshops =
        [
            (
                "BSANZ Four-Day Leadership Intensive",
                "Yarra Valley Conference Centre, Victoria",
                "Australia/Melbourne",
                new(2025, 3, 20)),
            ("Aotearoa Balint Residential", "Waiheke Island, Auckland", "Pacific/Auckland", new(2025, 6, 12)),
            ("Blue Mountains Balint Workshop", "Leura, NSW", "Australia/Sydney", new(2025, 9, 18)),
        ];
        foreach (var (title, venue, zone, start) in workshops)
        {
            var id = data.Workshops.Count + 1;
            var nz = zone == "Pacific/Auckland";
            var pool = data.Members.Where(m => (m.Country == Country.NZ) == nz).Select(m => m.Id).ToArray();
            var workshop = new Workshop
            {
                Id = id,
                Title = title,
                Venue = venue,
                TimeZone = zone,
                StartDate = start,
                EndDate = start.AddDays(3),
                Participants = pool
                    .OrderBy(_ => random.Next())
                    .Take(60)
                    .Order()
                    .Select(m => new WorkshopParticipant { WorkshopId = id, MemberId = m })
                    .ToList(),
                Accreditations = (nz ? new[] { "RNZCGP", "RANZCP" } : ["RACGP", "ACRRM", "RANZCP"])
                    .Select(c => new Accreditation(c, $"{c}-WS-2025-{id:000}"))
                    .ToList(),
            };
            data.Workshops.Add(workshop);
            var attendees = AttendanceGenerator.Attendees(workshop);
            foreach (var session in WorkshopProgramme.Sessions(workshop))
            {
                Register(Numbered(session), attendees);
            }
        }
    }

    private Meeting Add(Group group, DateTime local)
    {
        var meeting = MeetingScheduler.Create(
            group.TimeZone, local, 90, group.Mode, ActivityKind.GroupMeeting, group.Name);
        meeting.GroupId = group.Id;
        return Numbered(meeting);
    }

    private Meeting Numbered(Meeting meeting)
    {
        meeting.Id = data.Meetings.Count + 1;
        meeting.Version = SyntheticSociety.NewGuid(random);
        data.Meetings.Add(meeting);
        return meeting;
    }

    private void Register(Meeting meeting, IReadOnlyList<(int MemberId, AttendanceRole Role)> attendees)
    {
        _attendance.Fill(meeting, attendees);
        AttendanceGenerator.Lock(meeting);
    }
}
