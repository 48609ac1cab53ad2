using System.Text.Json;
using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CpdTracker.Domain.Tests.Credit;

/// <summary>Properties of the engine over random attendance under every shipped rule set.</summary>
public sealed class CreditPropertyTests
{
    private static readonly IReadOnlyList<RuleSet> Shipped = ShippedRuleSets.Load();

    public sealed record Scenario(RuleSet Rules, MembershipFacts Member, CpdPeriod Period, IReadOnlyList<AttendanceFact> Facts)
    {
        public CreditStatement Run(IEnumerable<AttendanceFact>? facts = null) => CreditEngine.Compute(Rules, Member, Period, facts ?? Facts);

        public override string ToString() => $"{Rules.Code} {Period}: " + string.Join("; ", Facts.Select(f => $"{f.MeetingId} {f.LocalDate} {f.Kind} {f.Role} {f.Status} {f.MinutesAttended}m {f.ActivityKey} {f.CollegeActivityNumber}"));
    }

    private static Gen<AttendanceFact> FactGen(DateOnly around) =>
        from days in Gen.Choose(-120, 480)
        from kind in Gen.Elements(Enum.GetValues<ActivityKind>())
        from role in Gen.Elements(Enum.GetValues<AttendanceRole>())
        from status in Gen.Elements(Enum.GetValues<AttendanceStatus>())
        from minutes in Gen.Choose(0, 720)
        from activity in Gen.Choose(1, 4)
        select new AttendanceFact(0, around.AddDays(days), "Meeting", kind, role, status,
            status is AttendanceStatus.Absent or AttendanceStatus.Apology ? 0 : minutes, 90,
            $"group:{activity}", $"Group {activity}", activity % 2 == 0 ? $"ACT-{activity}" : null);

    private static Arbitrary<Scenario> Scenarios() =>
        (from rules in Gen.Elements(Shipped.ToArray())
         let around = rules.ValidTo is { } to ? to.AddYears(-1) : new DateOnly(2026, 3, 1)
         let member = new MembershipFacts(rules.College, "M-1", new DateOnly(2025, 10, 1))
         from count in Gen.Choose(0, 60)
         from facts in Gen.ListOf(FactGen(around), count)
         select new Scenario(rules, member, Periods.Containing(rules, member, around),
             facts.Select((f, i) => f with { MeetingId = i + 1 }).ToList())).ToArbitrary();

    private static decimal HighestRatePerHour(RuleSet rules) =>
        Math.Max(rules.Mappings.Max(m => m.RatePerHour), rules.BlockAward is { } b ? b.Award / b.HoursPerBlock : 0);

    [Property(MaxTest = 300)]
    public Property NoLineIsEverNegative() => Prop.ForAll(Scenarios(), s => s.Run().Lines.All(l => l.Amount >= 0));

    [Property(MaxTest = 300)]
    public Property CreditNeverExceedsMinutesAttendedAtTheHighestRate() => Prop.ForAll(Scenarios(), s =>
    {
        var minutes = s.Facts.Where(f => s.Period.Contains(f.LocalDate)).Sum(f => f.MinutesAttended);
        return s.Run().Total <= minutes / 60m * HighestRatePerHour(s.Rules);
    });

    [Property(MaxTest = 300)]
    public Property MoreMinutesNeverGiveLessCredit() => Prop.ForAll(Scenarios(), Gen.Choose(0, 200).ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (s, pick, extra) =>
    {
        if (s.Facts.Count == 0 || s.Facts[pick % s.Facts.Count].Status is AttendanceStatus.Absent or AttendanceStatus.Apology)
        {
            return true;
        }

        var index = pick % s.Facts.Count;
        var more = s.Facts.Select((f, i) => i == index ? f with { MinutesAttended = f.MinutesAttended + extra } : f);
        return s.Run(more).Total >= s.Run().Total;
    });

    [Property(MaxTest = 300)]
    public Property CapsHoldForEveryActivityAndCategory() => Prop.ForAll(Scenarios(), s =>
    {
        var statement = s.Run();
        var byMeeting = s.Facts.ToDictionary(f => f.MeetingId, f => f.ActivityKey);
        return s.Rules.Caps.All(cap => statement.Lines.Where(l => l.Category == cap.Category)
            .GroupBy(l => byMeeting[l.MeetingId]).All(g => g.Sum(l => l.Amount) <= cap.MaxPerActivity));
    });

    [Property(MaxTest = 300)]
    public Property TotalsEqualTheSumOfTheLinesAndRequirementsFollowFromTotals() => Prop.ForAll(Scenarios(), s =>
    {
        var statement = s.Run();
        var sums = statement.Lines.Where(l => l.Category.Length > 0).GroupBy(l => l.Category).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        return statement.Totals.All(t => t.Value == sums.GetValueOrDefault(t.Key))
            && sums.Keys.All(statement.Totals.ContainsKey)
            && statement.Requirements.All(r => r.Met == (r.Achieved >= r.Minimum) && r.Shortfall == Math.Max(0, r.Minimum - r.Achieved));
    });

    [Property(MaxTest = 200)]
    public Property TheSameAttendanceInAnyOrderGivesTheSameStatement() => Prop.ForAll(Scenarios(), s =>
    {
        var once = JsonSerializer.Serialize(s.Run());
        var reversed = JsonSerializer.Serialize(s.Run(s.Facts.Reverse()));
        return once == JsonSerializer.Serialize(s.Run()) && once == reversed;
    });
}
