using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

/// <summary>The seven worked examples of RULES.md, exactly.</summary>
public sealed class WorkedExampleTests
{
    private static readonly DateOnly March4 = new(2026, 3, 4);

    [Fact]
    public void Example1APresentNinetyMinuteGroupMeetingEarnsOneAndAHalfHoursRp()
    {
        var line = Assert.Single(Statement("RACGP-2023", [Meeting(1, March4)]).Lines);

        Assert.Equal(("RP", 1.5m), (line.Category, line.Amount));
        Assert.Equal("90 of 90 min at 1 h/h → 1.5 h RP", line.Explanation);
    }

    [Fact]
    public void Example2ALateArrivalWithSeventyMinutesRoundsDownToOneHour()
    {
        var line = Assert.Single(Statement("RACGP-2023", [Meeting(1, March4, 70, AttendanceStatus.Late)]).Lines);

        Assert.Equal(1.0m, line.Amount);
        Assert.Equal("70 of 90 min at 1 h/h → 1 h RP (1.1667 rounded down to 0.25)", line.Explanation);
    }

    [Fact]
    public void Example3TwentyMinutesIsBelowTheMinimumAndEarnsNothingWithTheReason()
    {
        var line = Assert.Single(Statement("RACGP-2023", [Meeting(1, March4, 20, AttendanceStatus.LeftEarly)]).Lines);

        Assert.Equal(0m, line.Amount);
        Assert.Equal("20 of 90 min is below the 30-minute minimum", line.Explanation);
    }

    [Fact]
    public void Example4NineHoursInAnAccreditedGroupGiveOneBlockOfFortyCat1AndTwoCat2()
    {
        var facts = Enumerable.Range(1, 6)
            .Select(i => Meeting(i, new DateOnly(2021, 2, 1).AddDays(14 * i), number: "RACGP-1234"));

        var statement = Statement("RACGP-2020", facts);

        Assert.Equal(new Dictionary<string, decimal> { ["CAT2"] = 2, ["CAT1"] = 40 }, statement.Totals);
        Assert.Equal(6,
            Assert.Single(statement.Lines, l => l.Category == "CAT1"
                && l.Explanation.StartsWith("block 1: 8 h attended")).MeetingId);
        Assert.Equal(("CAT2", 2m), (statement.Lines[^1].Category, statement.Lines[^1].Amount));
    }

    [Fact]
    public void Example5TwentyOneHoursAcrossTheTrienniumGiveTwoBlocksAndTenCat2()
    {
        var dates = Enumerable.Range(0, 14).Select(i => new DateOnly(2020, 3, 1).AddDays(i * 70)).ToList();
        Assert.Equal(2022, dates[^1].Year);

        var accredited = Statement("RACGP-2020", dates.Select((d, i) => Meeting(i + 1, d, number: "RACGP-1234")));
        var unaccredited = Statement("RACGP-2020", dates.Select((d, i) => Meeting(i + 1, d)));
        var uncapped = CreditEngine.Compute(Rules("RACGP-2020") with { Caps = [] }, Member("RACGP"),
            accredited.Period, dates.Select((d, i) => Meeting(i + 1, d)));

        Assert.Equal((80m, 10m), (accredited.Totals["CAT1"], accredited.Totals["CAT2"]));
        Assert.Equal([6, 11], accredited.Lines.Where(l => l.Category == "CAT1").Select(l => l.MeetingId));
        Assert.Equal(42m, uncapped.Totals["CAT2"]);
        Assert.Equal((0m, 30m), (unaccredited.Totals["CAT1"], unaccredited.Totals["CAT2"]));
        Assert.All(unaccredited.Lines.Skip(10), l => Assert.Equal(0m, l.Amount));
        Assert.All(unaccredited.Lines.Skip(10), l => Assert.Contains("capped", l.Explanation));
    }

    [Theory]
    [InlineData("MCNZ-GEN")]
    [InlineData("RNZCGP-TW")]
    public void Example6AnAucklandMeetingAtHalfPastMidnightOnNewYearsDayBelongsToTheNewYear(string code)
    {
        var newYear = new DateOnly(2026, 1, 1);
        var member = Member(Rules(code).College, new DateOnly(2025, 1, 1));

        var statement = Statement(code, [Meeting(1, newYear)], newYear, member);
        var before = Statement(code, [Meeting(1, newYear)], new DateOnly(2025, 12, 31), member);

        Assert.Equal(1.5m, statement.Total);
        Assert.True(statement.Period.Start <= newYear);
        Assert.Equal(0m, before.Total);
        Assert.True(before.Period.End < newYear);
    }

    [Fact]
    public void Example7APsychologistWhoPresentsOnceAndParticipatesThriceEarnsPeerAndOther()
    {
        var facts = new[]
        {
            Meeting(1, new DateOnly(2026, 1, 10), role: AttendanceRole.Presenter),
            Meeting(2, new DateOnly(2026, 2, 10)), Meeting(3, new DateOnly(2026, 3, 10)),
            Meeting(4, new DateOnly(2026, 4, 10)),
        };

        var statement = Statement("PSYBA", facts);

        Assert.Equal(new Dictionary<string, decimal> { ["PEER"] = 1.5m, ["OTHER"] = 4.5m }, statement.Totals);
        Assert.Equal(["PEER", "OTHER", "OTHER", "OTHER"], statement.Lines.Select(l => l.Category));
    }
}
