using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Synthetic;

/// <summary>A large society for measurements: groups of 8 (a leader, a co-leader, six members) in seven AU/NZ zones, fortnightly
/// 90-minute meetings through 2025 with locked registers, three four-day workshops, and one open register per group in January 2026.
/// Everything comes from one seeded Random, so a seed gives the same database every time.</summary>
public static class SyntheticSociety
{
    public const int GroupSize = 8;
    public static readonly DateOnly FirstDay = new(2025, 1, 1);
    public static readonly DateOnly LastDay = new(2025, 12, 31);

    private static readonly (string Zone, string City, int Weight)[] Zones =
    [
        ("Australia/Melbourne", "Melbourne", 22), ("Australia/Sydney", "Sydney", 24), ("Australia/Brisbane", "Brisbane", 14),
        ("Australia/Perth", "Perth", 10), ("Australia/Adelaide", "Adelaide", 8), ("Australia/Hobart", "Hobart", 4), ("Pacific/Auckland", "Auckland", 18),
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
            var before = data.Memberships.Count;
            foreach (var id in ids)
            {
                var member = people.Member(id, country, leads: id - ids[0] < 2);
                data.Members.Add(member);
                data.Memberships.AddRange(people.Memberships(member));
            }

            var online = random.Next(100) < 35;
            var colleges = data.Memberships.Skip(before).Select(m => m.College).Intersect(Accrediting).Order().ToList();
            data.Groups.Add(new GroupRow(g, $"{(online ? "Online" : city)} Balint Group {g:0000}", online ? "Online" : city, zone,
                online ? MeetingMode.Online : MeetingMode.InPerson, ids[0], ids[1], ids[2..],
                colleges.Where(_ => random.Next(100) < 95).Select(c => (c, $"{c}-2025-{g:00000}")).ToList()));
        }

        var schedule = new SyntheticSchedule(random, data);
        foreach (var group in data.Groups)
        {
            schedule.Fortnightly(group);
        }

        schedule.Workshops();
        return data;
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

    public static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public static LocalStart Start(TimeZoneInfo zone, DateTime local) => LocalStart.Resolve(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
}
