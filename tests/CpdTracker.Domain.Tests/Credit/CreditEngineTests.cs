using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

public sealed class CreditEngineTests
{
    private static readonly CpdPeriod Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    private static CreditStatement Run(RuleSet rules, params AttendanceFact[] facts) =>
        CreditEngine.Compute(rules, Member(rules.College), Year2026, facts);

    [Fact]
    public void AttendanceOutsideThePeriodIsLeftOutAndBothEndsAreInside()
    {
        var statement = Run(Rules("RACGP-2023"),
            Meeting(1, new DateOnly(2025, 12, 31)), Meeting(2, new DateOnly(2026, 1, 1)),
            Meeting(3, new DateOnly(2026, 12, 31)), Meeting(4, new DateOnly(2027, 1, 1)));

        Assert.Equal([2, 3], statement.Lines.Select(l => l.MeetingId));
        Assert.Equal(3m, statement.Totals["RP"]);
    }

    [Fact]
    public void LinesAreOrderedByDateThenMeetingWhateverOrderTheyArrive()
    {
        var statement = Run(Rules("RACGP-2023"),
            Meeting(9, new DateOnly(2026, 5, 1)), Meeting(7, new DateOnly(2026, 3, 1)),
            Meeting(3, new DateOnly(2026, 5, 1)), Meeting(8, new DateOnly(2026, 2, 1)));

        Assert.Equal([8, 7, 3, 9], statement.Lines.Select(l => l.MeetingId));
    }

    [Theory]
    [InlineData(AttendanceStatus.Absent, "Absent: no credit")]
    [InlineData(AttendanceStatus.Apology, "Apology: no credit")]
    public void AnAbsenceOrApologyShowsAsAZeroLineWithTheReason(AttendanceStatus status, string why)
    {
        var line = Assert.Single(Run(Rules("RACGP-2023"), Meeting(1, new DateOnly(2026, 3, 4), 0, status)).Lines);

        Assert.Equal(("RP", 0m, why), (line.Category, line.Amount, line.Explanation));
    }

    [Fact]
    public void AnActivityKindTheRuleSetDoesNotMapShowsWithNoCategoryAndNoCredit()
    {
        var rules = Rules("NMBA") with
        {
            Mappings = Rules("NMBA").Mappings.Where(m => m.Kind != ActivityKind.WorkshopPlenary).ToList(),
        };

        var statement = Run(rules, Meeting(1, new DateOnly(2026, 3, 4), kind: ActivityKind.WorkshopPlenary));

        var line = Assert.Single(statement.Lines);
        Assert.Equal(("", 0m), (line.Category, line.Amount));
        Assert.Contains("credits no WorkshopPlenary", line.Explanation);
        Assert.DoesNotContain("", statement.Totals.Keys);
    }

    [Fact]
    public void ASplitMappingGivesOneLinePerCategoryEachRoundedOnItsOwn()
    {
        var rules = Rules("RACGP-2023") with
        {
            Mappings =
                [new ActivityMapping(ActivityKind.GroupMeeting, null, 1,
                    [new CategoryShare("EA", 0.5m), new CategoryShare("RP", 0.5m)])],
        };

        var statement = Run(rules, Meeting(1, new DateOnly(2026, 3, 4), 70, AttendanceStatus.Late));

        Assert.Equal([("EA", 0.5m), ("RP", 0.5m)], statement.Lines.Select(l => (l.Category, l.Amount)));
        Assert.Equal("70 of 90 min at 1 h/h × 0.5 → 0.5 h EA (0.5833 rounded down to 0.25)",
            statement.Lines[0].Explanation);
    }

    [Fact]
    public void NearestRoundingGoesToTheCloserStepAndAHalfStepUp()
    {
        var rules = Rules("NMBA") with { Rounding = new Rounding(0.5m, RoundingMode.Nearest) };

        var statement = Run(rules, Meeting(1, new DateOnly(2026, 3, 4), 80), Meeting(2, new DateOnly(2026, 3, 5), 45));

        Assert.Equal([1.5m, 1m], statement.Lines.Select(l => l.Amount));
        Assert.Equal("80 of 90 min at 1 h/h → 1.5 h CPD (1.3333 rounded to the nearest 0.5)",
            statement.Lines[0].Explanation);
    }

    [Fact]
    public void ThirdsOfAnHourAtAWholeRateAreExactNotRoundedAway()
    {
        var rules = Rules("NMBA") with
        {
            MinimumMinutes = 0,
            Mappings = [new ActivityMapping(ActivityKind.GroupMeeting, null, 3, [new CategoryShare("CPD", 1)])],
        };

        Assert.Equal(1m, Assert.Single(Run(rules, Meeting(1, new DateOnly(2026, 3, 4), 20)).Lines).Amount);
    }

    [Fact]
    public void NoMinutesEarnNothingEvenWithoutAMinimum()
    {
        var line = Assert.Single(
            Run(Rules("NMBA") with { MinimumMinutes = 0 }, Meeting(1, new DateOnly(2026, 3, 4), 0)).Lines);

        Assert.Equal((0m, "no minutes attended of 90: no credit"), (line.Amount, line.Explanation));
    }

    [Fact]
    public void ExactlyTheMinimumEarnsCredit() =>
        Assert.Equal(0.5m, Assert.Single(
            Run(Rules("NMBA"), Meeting(1, new DateOnly(2026, 3, 4), 30, AttendanceStatus.LeftEarly)).Lines).Amount);

    [Fact]
    public void RequirementsAreMeasuredOverOneCategoryASetOfCategoriesAndTheTotal()
    {
        var facts = Enumerable.Range(0, 20)
            .Select(i => Meeting(i + 1, new DateOnly(2026, 1, 5).AddDays(7 * i)))
            .ToArray();

        var statement = Run(Rules("RACGP-2023"), facts);

        Assert.Equal(new Dictionary<string, decimal> { ["RP"] = 30, ["EA"] = 0, ["MO"] = 0 }, statement.Totals);
        Assert.Equal(
            [("Total", 30m, false, 20m), ("Educational activities", 0m, false, 12.5m),
                ("Reviewing performance", 30m, true, 0m), ("Measuring outcomes", 0m, false, 5m),
                ("Reviewing performance and measuring outcomes", 30m, true, 0m)],
            statement.Requirements.Select(r => (r.Name, r.Achieved, r.Met, r.Shortfall)));
        Assert.Equal(["RP", "MO"], statement.Requirements[^1].Categories);
    }

    [Fact]
    public void TheStatementNamesItsRuleSetVersionUnitAndPeriod()
    {
        var statement = Run(Rules("RNZCGP-TW"));

        Assert.Equal(("RNZCGP", "RNZCGP-TW", 1, "credits", Year2026),
            (statement.College, statement.RuleSetCode, statement.RuleSetVersion, statement.Unit, statement.Period));
        Assert.Empty(statement.Lines);
        Assert.Equal(96m, Assert.Single(statement.Requirements).Shortfall);
    }
}
