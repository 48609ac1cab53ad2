using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using FsCheck;
using FsCheck.Fluent;

namespace CpdTracker.Domain.Tests.Credit;

/// <summary>One member's random attendance (0–60 facts, 0–720 minutes each, dates within and up to 60 days around the
/// period, five activities each with or without a college activity number) under a random shipped rule set.</summary>
public sealed record CreditScenario(RuleSet Rules, MembershipFacts Member, CpdPeriod Period,
    IReadOnlyList<AttendanceFact> Facts, int Seed)
{
    private static readonly IReadOnlyList<RuleSet> Shipped = ShippedRuleSets.Load();

    private static readonly string[] Activities = ["group:1", "group:2", "group:3", "workshop:1", "workshop:2"];

    private static readonly DateOnly[] CycleStarts =
        [new(2024, 2, 29), new(2025, 10, 1), new(2023, 7, 15), new(2022, 1, 1)];

    public CreditStatement Run(IEnumerable<AttendanceFact>? facts = null) =>
        CreditEngine.Compute(Rules, Member, Period, facts ?? Facts);

    public IEnumerable<AttendanceFact> InPeriod => Facts.Where(f => Period.Contains(f.LocalDate));

    public override string ToString() => $"{Rules.Code} {Period}: " + string.Join("; ", Facts.Select(f =>
        $"{f.MeetingId} {f.LocalDate:yyyy-MM-dd} {f.Kind} {f.Role} {f.Status} {f.MinutesAttended}m " +
        $"{f.ActivityKey} {f.CollegeActivityNumber}"));

    // RACGP-2020 alone has caps and blocks, so it is drawn as often as the other nine together.
    public static Arbitrary<CreditScenario> Arbitrary() =>
        (from rules in Gen.Elements(
                Shipped.Concat(Enumerable.Repeat(Shipped.Single(r => r.Code == "RACGP-2020"), 8)).ToArray())
         from cycle in Gen.Elements(CycleStarts)
         from offset in Gen.Choose(0, 5 * 365)
         let member = new MembershipFacts(rules.College, "M-1", cycle)
         let day = rules.ValidFrom.AddDays(offset)
         let period = Periods.Containing(rules, member, rules.ValidTo is { } to && day > to ? to : day)
         from numbered in Gen.ListOf(Gen.Elements(true, false), Activities.Length)
         from count in Gen.Choose(0, 60)
         from facts in Gen.ListOf(Fact(period, numbered), count)
         from seed in Gen.Choose(0, int.MaxValue)
         let numberedFacts = facts.Select((f, i) => f with { MeetingId = i + 1 }).ToList()
         select new CreditScenario(rules, member, period, numberedFacts, seed)).ToArbitrary();

    private static Gen<AttendanceFact> Fact(CpdPeriod period, IReadOnlyList<bool> numbered) =>
        from days in Gen.Choose(-60, period.End.DayNumber - period.Start.DayNumber + 60)
        from kind in Gen.Elements(Enum.GetValues<ActivityKind>())
        from role in Gen.Elements(Enum.GetValues<AttendanceRole>())
        from status in Gen.Elements(Enum.GetValues<AttendanceStatus>())
        from minutes in Gen.Choose(0, 720)
        from activity in Gen.Choose(0, Activities.Length - 1)
        select new AttendanceFact(0, period.Start.AddDays(days), "Meeting", kind, role, status,
            status is AttendanceStatus.Absent or AttendanceStatus.Apology ? 0 : minutes, Math.Max(minutes, 90),
            Activities[activity], $"Activity {activity}", numbered[activity] ? $"N-{activity}" : null);
}
