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
    private static Arbitrary<CreditScenario> Scenarios => CreditScenario.Arbitrary();

    private static bool Credited(RuleSet rules, AttendanceFact f) =>
        f.Status is not (AttendanceStatus.Absent or AttendanceStatus.Apology)
            && f.MinutesAttended >= rules.MinimumMinutes;

    /// <summary>The bound: every credited minute earns at most the highest mapping rate, or for minutes inside a block
    /// the award's own rate (award ÷ hours per block), plus at most half an increment per line when rounding
    /// to the nearest step.</summary>
    private static decimal Ceiling(CreditScenario s, CreditStatement statement)
    {
        var rules = s.Rules;
        var blockRate = rules.BlockAward is { } b ? b.Award / b.HoursPerBlock : 0;
        var rate = Math.Max(rules.Mappings.Max(m => m.RatePerHour), blockRate);
        var slack = rules.Rounding.Mode == RoundingMode.Nearest
            ? statement.Lines.Count * rules.Rounding.Increment / 2
            : 0;
        return s.InPeriod.Where(f => Credited(rules, f)).Sum(f => f.MinutesAttended) * rate / 60m + slack;
    }

    [Property(MaxTest = 300)]
    public Property NoLineIsEverNegative() => Prop.ForAll(Scenarios, s => s.Run().Lines.All(l => l.Amount >= 0));

    [Property(MaxTest = 300)]
    public Property CreditNeverExceedsTheMinutesAttendedAtTheHighestRate() => Prop.ForAll(Scenarios, s =>
    {
        var statement = s.Run();
        return statement.Total <= Ceiling(s, statement);
    });

    [Property(MaxTest = 400)]
    public Property MoreMinutesNeverGiveLessCredit() =>
        Prop.ForAll(Scenarios, Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (s, pick, extra) =>
    {
        if (s.Facts.Count == 0
            || s.Facts[pick % s.Facts.Count].Status is AttendanceStatus.Absent or AttendanceStatus.Apology)
        {
            return true;
        }

        var index = pick % s.Facts.Count;
        var more = s.Facts.Select((f, i) => i == index ? f with { MinutesAttended = f.MinutesAttended + extra } : f);
        return s.Run(more).Total >= s.Run().Total;
    });

    [Property(MaxTest = 300)]
    public Property CapsHoldForEveryActivityAndCategory() => Prop.ForAll(Scenarios, s =>
    {
        var statement = s.Run();
        var activityOf = s.Facts.ToDictionary(f => f.MeetingId, f => f.ActivityKey);
        return s.Rules.Caps.All(cap => statement.Lines.Where(l => l.Category == cap.Category)
            .GroupBy(l => activityOf[l.MeetingId]).All(g => g.Sum(l => l.Amount) <= cap.MaxPerActivity));
    });

    [Property(MaxTest = 300)]
    public Property BlockAwardsComeOnlyFromFullBlocksInActivitiesHoldingANumber() => Prop.ForAll(Scenarios, s =>
    {
        if (s.Rules.BlockAward is not { } award)
        {
            return true;
        }

        var statement = s.Run();
        var activityOf = s.Facts.ToDictionary(f => f.MeetingId, f => f.ActivityKey);
        var blockMinutes = award.HoursPerBlock * 60;
        return statement.Lines.Where(l => l.Category == award.Category && l.Amount > 0)
            .GroupBy(l => activityOf[l.MeetingId])
            .All(g => g.Count() <= decimal.Floor(s.InPeriod
                .Where(f => f.ActivityKey == g.Key && f.CollegeActivityNumber is not null && Credited(s.Rules, f))
                .Sum(f => f.MinutesAttended) / blockMinutes));
    });

    [Property(MaxTest = 300)]
    public Property TotalsEqualTheSumOfTheLinesAndRequirementsFollowFromTotals() => Prop.ForAll(Scenarios, s =>
    {
        var statement = s.Run();
        var sums = statement.Lines.Where(l => l.Category.Length > 0).GroupBy(l => l.Category)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
        return statement.Totals.All(t => t.Value == sums.GetValueOrDefault(t.Key))
            && sums.Keys.All(statement.Totals.ContainsKey)
            && statement.Total == statement.Lines.Sum(l => l.Amount)
            && s.Rules.Requirements.SelectMany(r => r.Categories).All(statement.Totals.ContainsKey)
            && statement.Requirements.All(r =>
                r.Met == (r.Achieved >= r.Minimum) && r.Shortfall == Math.Max(0, r.Minimum - r.Achieved));
    });

    [Property(MaxTest = 300)]
    public Property EveryFactInThePeriodAndNoOtherShowsOnTheStatementInDateOrder() => Prop.ForAll(Scenarios, s =>
    {
        var lines = s.Run().Lines;
        return lines.Select(l => l.MeetingId).ToHashSet().SetEquals(s.InPeriod.Select(f => f.MeetingId))
            && lines.Zip(lines.Skip(1)).All(p =>
                (p.First.LocalDate, p.First.MeetingId).CompareTo((p.Second.LocalDate, p.Second.MeetingId)) <= 0);
    });

    [Property(MaxTest = 200)]
    public Property TheSameAttendanceInAnyOrderGivesTheSameStatement() => Prop.ForAll(Scenarios, s =>
    {
        var once = JsonSerializer.Serialize(s.Run());
        var random = new Random(s.Seed);
        var shuffled = s.Facts.OrderBy(_ => random.Next()).ToList();
        return once == JsonSerializer.Serialize(s.Run()) && once == JsonSerializer.Serialize(s.Run(shuffled));
    });
}
