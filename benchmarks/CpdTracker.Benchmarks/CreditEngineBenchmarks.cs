using CpdTracker.Domain.Credit;

namespace CpdTracker.Benchmarks;

/// <summary>One member's statement over a year holding 200 meetings: weekly groups, a second group, workshop
/// sessions.</summary>
[MemoryDiagnoser]
public class CreditEngineBenchmarks
{
    private RuleSet _racgp = null!;
    private RuleSet _mcnz = null!;
    private List<AttendanceFact> _facts = null!;
    private readonly MembershipFacts _racgpMember = new("RACGP", "551203", null);
    private readonly MembershipFacts _mcnzMember = new("MCNZ", "MCNZ-41877", new DateOnly(2025, 1, 1));
    private readonly CpdPeriod _year = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    [GlobalSetup]
    public void Setup()
    {
        var rules = ShippedRuleSets.Load();
        _racgp = rules.Single(r => r.Code == "RACGP-2023");
        _mcnz = rules.Single(r => r.College == "MCNZ");
        _facts = Facts(200);
    }

    [Benchmark(Baseline = true)]
    public CreditStatement Racgp200Meetings() => CreditEngine.Compute(_racgp, _racgpMember, _year, _facts);

    [Benchmark]
    public CreditStatement Mcnz200Meetings() => CreditEngine.Compute(_mcnz, _mcnzMember, _year, _facts);

    /// <summary>Deterministic facts: 80 % present, some late/left early/apologies, a few presenter roles, 4
    /// activities.</summary>
    public static List<AttendanceFact> Facts(int count)
    {
        var random = new Random(42);
        var kinds = new[]
        {
            ActivityKind.GroupMeeting,
            ActivityKind.GroupMeeting,
            ActivityKind.GroupMeeting,
            ActivityKind.WorkshopGroup,
            ActivityKind.WorkshopPlenary,
            ActivityKind.LeadershipTraining,
        };
        return Enumerable.Range(1, count).Select(i =>
        {
            var kind = kinds[i % kinds.Length];
            var roll = random.Next(100);
            var (status, minutes) = roll switch
            {
                < 80 => (AttendanceStatus.Present, 90),
                < 87 => (AttendanceStatus.Late, 90 - 5 * random.Next(2, 9)),
                < 90 => (AttendanceStatus.LeftEarly, 90 - 5 * random.Next(3, 12)),
                < 98 => (AttendanceStatus.Apology, 0),
                _ => (AttendanceStatus.Absent, 0),
            };
            var activity = kind == ActivityKind.GroupMeeting ? $"group:{1 + i % 2}" : "workshop:1";
            return new AttendanceFact(
                i,
                new DateOnly(2025, 1, 1).AddDays(i * 364 / count),
                $"Meeting {i}",
                kind,
                i % 11 == 0 ? AttendanceRole.Presenter : AttendanceRole.Participant,
                status,
                minutes,
                90,
                activity,
                $"Activity {activity}",
                "RACGP-2026-118830");
        }).ToList();
    }
}
