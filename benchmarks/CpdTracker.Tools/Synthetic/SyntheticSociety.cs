namespace CpdTracker.Tools.Synthetic;

/// <summary>A large society for measurements: groups of 8 (a leader, a co-leader, six members) in seven AU/NZ zones,
/// fortnightly 90-minute meetings through 2025 with locked registers, three four-day workshops, and one open register
/// per group in January 2026. Everything comes from one seeded Random, so a seed gives the same database every
/// time.</summary>
public static class SyntheticSociety
{
    public const int GroupSize = 8;
    public static readonly DateOnly FirstDay = new(2025, 1, 1);
    public static readonly DateOnly LastDay = new(2025, 12, 31);

    private static readonly (string Zone, string City, int Weight)[] Zones =
    [
        ("Australia/Melbourne", "Melbourne", 22),
        ("Australia/Sydney", "Sydney", 24),
        ("Australia/Brisbane", "Brisbane", 14),
        ("Australia/Perth", "Perth", 10),
        ("Australia/Adelaide", "Adelaide", 8),
        ("Australia/Hobart", "Hobart", 4),
        ("Pacific/Auckland", "Auckland", 18),
    ];

    private static readonly string[] Accrediting = ["RACGP", "ACRRM", "RANZCP", "RNZCGP"];

    public static SyntheticData Build(int memberCount, int seed)
    {
        var random = new Random(seed);
        var people = new SyntheticPeople(random);
        var data = new SyntheticData();
        var groups = memberCount / GroupSize;
        for (var g = 1; g <= groups; g++)
        {
            var (zone, city, _) = PickZone(random);
            var country = zone == "Pacific/Auckland" ? Country.NZ : Country.AU;
            var ids = Enumerable.Range((g - 1) * GroupSize + 1, GroupSize).ToArray();
            var members = ids.Select(id => people.Member(id, country, leads: id - ids[0] < 2)).ToList();
            data.Members.AddRange(members);
            var colleges = members
                .SelectMany(m => m.CollegeMemberships)
                .Select(m => m.College)
                .Intersect(Accrediting)
                .Order()
                .ToList();
            data.Groups.Add(Group(random, g, zone, city, ids, colleges));
        }

        var schedule = new SyntheticSchedule(random, data);
        foreach (var group in data.Groups)
        {
            schedule.Fortnightly(group);
        }

        schedule.Workshops();
        data.NumberRows();
        return data;
    }

    private static Group Group(Random random, int id, string zone, string city, int[] members, List<string> colleges)
    {
        var online = random.Next(100) < 35;
        return new Group
        {
            Id = id,
            Name = $"{(online ? "Online" : city)} Balint Group {id:0000}",
            City = online ? "Online" : city,
            TimeZone = zone,
            Mode = online ? MeetingMode.Online : MeetingMode.InPerson,
            Leaders =
            [
                new() { GroupId = id, MemberId = members[0], Role = LeaderRole.Leader },
                new() { GroupId = id, MemberId = members[1], Role = LeaderRole.CoLeader },
            ],
            Enrolments = members[2..].Select(m => new Enrolment { GroupId = id, MemberId = m }).ToList(),
            // About one group in twenty has not (yet) got an activity number from a college its members belong to.
            Accreditations = colleges
                .Where(_ => random.Next(100) < 95)
                .Select(c => new Accreditation(c, $"{c}-2025-{id:00000}"))
                .ToList(),
        };
    }

    private static (string, string, int) PickZone(Random random)
    {
        var roll = random.Next(Zones.Sum(z => z.Weight));
        foreach (var zone in Zones)
        {
            if ((roll -= zone.Weight) < 0)
            {
                return zone;
            }
        }

        return Zones[^1];
    }

    internal static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
