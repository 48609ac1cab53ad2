namespace CpdTracker.Api.Data.Seed;

/// <summary>A society as it would look after a year of use: four groups in four zones, a workshop, a year of
/// registers.</summary>
public static class DemoSociety
{
    public static List<object> Build(DateTime utcNow)
    {
        var members = DemoMembers.Build();
        var groups = Groups();
        var workshop = Workshop(utcNow);
        var schedule = new DemoSchedule(new Random(2026), utcNow);
        var meetings = new List<Meeting>();
        meetings.AddRange(schedule.Recurring(groups[0], DayOfWeek.Wednesday, new TimeOnly(19, 0), 14));
        meetings.AddRange(schedule.Recurring(groups[1], DayOfWeek.Saturday, new TimeOnly(10, 0), 28));
        meetings.AddRange(schedule.Recurring(groups[2], DayOfWeek.Tuesday, new TimeOnly(18, 30), 14));
        meetings.AddRange(schedule.Recurring(groups[3], DayOfWeek.Thursday, new TimeOnly(19, 30), 28));
        meetings.AddRange(schedule.WorkshopSessions(workshop));
        return [.. members, .. groups, workshop, .. meetings];
    }

    private static List<Group> Groups() =>
    [
        Make(
            1, "Melbourne Balint Group", "Melbourne", "Australia/Melbourne", MeetingMode.InPerson,
            (1, LeaderRole.Leader), (2, LeaderRole.CoLeader),
            [3, 4, 5, 6, 7], [new("RACGP", "RACGP-2026-118830"), new("RANZCP", "RANZCP-PRG-0412")]),
        Make(
            2, "Perth Balint Group", "Perth", "Australia/Perth", MeetingMode.InPerson,
            (8, LeaderRole.Leader), null,
            [9, 10, 11, 18], [new("RACGP", "RACGP-2026-120914")]),
        Make(
            3, "Auckland Balint Group", "Auckland", "Pacific/Auckland", MeetingMode.InPerson,
            (12, LeaderRole.Leader), (13, LeaderRole.CoLeader),
            [14, 15], [new("RNZCGP", "RNZCGP-CME-2291")]),
        Make(
            4, "Trans-Tasman Online Balint Group", "Online", "Australia/Sydney", MeetingMode.Online,
            (2, LeaderRole.Leader), (1, LeaderRole.CoLeader),
            [3, 9, 14, 4, 16, 17], [new("RACGP", "RACGP-2026-121577"), new("ACRRM", "ACRRM-26-0917")]),
    ];

    private static Group Make(
        int id,
        string name,
        string city,
        string zone,
        MeetingMode mode,
        (int Member, LeaderRole Role) leader,
        (int Member, LeaderRole Role)? coLeader,
        int[] members,
        List<Accreditation> accreditations) => new()
        {
            Id = id, Name = name, City = city, TimeZone = zone, Mode = mode, Accreditations = accreditations,
            Leaders = new[] { leader, coLeader }.OfType<(int Member, LeaderRole Role)>()
            .Select(l => new GroupLeader { MemberId = l.Member, Role = l.Role }).ToList(),
            Enrolments = members.Select(m => new Enrolment { MemberId = m }).ToList(),
        };

    private static Workshop Workshop(DateTime utcNow)
    {
        var start = DateOnly.FromDateTime(utcNow).AddDays(-120);
        return new Workshop
        {
            Id = 1, Title = "BSANZ Four-Day Leadership Intensive", Venue = "Yarra Valley Conference Centre, Victoria",
            TimeZone = "Australia/Melbourne", StartDate = start, EndDate = start.AddDays(3),
            Accreditations =
            [
                new("RACGP", "RACGP-2026-119002"),
                new("ACRRM", "ACRRM-26-0588"),
                new("RANZCP", "RANZCP-WS-0091"),
                new("RNZCGP", "RNZCGP-CME-2302"),
            ],
            Participants = new[] { 1, 2, 3, 4, 8, 9, 12, 13, 16 }
                .Select(m => new WorkshopParticipant { MemberId = m })
                .ToList(),
        };
    }
}
