using CpdTracker.Domain.Credit;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("RACGP-2023", "2026-01-01", "2026-01-01", "2026-12-31")]
    [InlineData("RACGP-2023", "2026-12-31", "2026-01-01", "2026-12-31")]
    [InlineData("ACRRM-2023", "2025-06-15", "2025-01-01", "2025-12-31")]
    [InlineData("RANZCP-2023", "2024-02-29", "2024-01-01", "2024-12-31")]
    [InlineData("AASW", "2026-06-30", "2025-07-01", "2026-06-30")]
    [InlineData("AASW", "2026-07-01", "2026-07-01", "2027-06-30")]
    [InlineData("NMBA", "2026-05-31", "2025-06-01", "2026-05-31")]
    [InlineData("NMBA", "2026-06-01", "2026-06-01", "2027-05-31")]
    [InlineData("PSYBA", "2026-11-30", "2025-12-01", "2026-11-30")]
    [InlineData("PSYBA", "2026-12-01", "2026-12-01", "2027-11-30")]
    [InlineData("OTBA", "2020-01-15", "2019-12-01", "2020-11-30")]
    [InlineData("RACGP-2020", "2020-01-01", "2020-01-01", "2022-12-31")]
    [InlineData("RACGP-2020", "2022-12-31", "2020-01-01", "2022-12-31")]
    [InlineData("RNZCGP-TW", "2025-12-31", "2023-01-01", "2025-12-31")]
    [InlineData("RNZCGP-TW", "2026-01-01", "2026-01-01", "2028-12-31")]
    public void EachRuleSetsPeriodStartsAndEndsOnItsOwnBoundary(string code, string date, string start, string end)
    {
        var period = Periods.Containing(Rules(code), Member(Rules(code).College), DateOnly.Parse(date));

        Assert.Equal(new CpdPeriod(DateOnly.Parse(start), DateOnly.Parse(end)), period);
    }

    [Theory]
    [InlineData("2025-04-01", "2026-03-31", "2025-04-01", "2026-03-31")]
    [InlineData("2025-04-01", "2026-04-01", "2026-04-01", "2027-03-31")]
    [InlineData("2024-02-29", "2025-02-27", "2024-02-29", "2025-02-27")]
    [InlineData("2024-02-29", "2025-03-01", "2025-02-28", "2026-02-27")]
    public void TheMcnzPeriodRunsTwelveMonthsFromTheMembersOwnCycleStart(string cycle, string date, string start,
        string end)
    {
        var period = Periods.Containing(Rules("MCNZ-GEN"), Member("MCNZ", DateOnly.Parse(cycle)), DateOnly.Parse(date));

        Assert.Equal(new CpdPeriod(DateOnly.Parse(start), DateOnly.Parse(end)), period);
    }

    [Fact]
    public void AnAnniversaryPeriodWithoutACycleStartIsAClearError()
    {
        var error = Assert.Throws<CreditRuleException>(() =>
            Periods.Containing(Rules("MCNZ-GEN"), Member("MCNZ"), new DateOnly(2026, 1, 1)));

        Assert.Contains("no cycle start", error.Message);
    }

    [Theory]
    [InlineData("RACGP-2023", 2026, "2026-01-01", "2026-12-31")]
    [InlineData("AASW", 2026, "2025-07-01", "2026-06-30")]
    [InlineData("NMBA", 2026, "2025-06-01", "2026-05-31")]
    [InlineData("PSYBA", 2026, "2025-12-01", "2026-11-30")]
    [InlineData("RACGP-2020", 2022, "2020-01-01", "2022-12-31")]
    [InlineData("RNZCGP-TW", 2025, "2023-01-01", "2025-12-31")]
    [InlineData("RNZCGP-TW", 2028, "2026-01-01", "2028-12-31")]
    [InlineData("OTBA", 2020, "2019-12-01", "2020-11-30")]
    [InlineData("ACRRM-2023", 2023, "2023-01-01", "2023-12-31")]
    [InlineData("RANZCP-2023", 2024, "2024-01-01", "2024-12-31")]
    public void TheYearParameterMeansThePeriodThatEndsInThatYear(string code, int year, string start, string end)
    {
        var period = Periods.EndingIn(Rules(code), Member(Rules(code).College), year);

        Assert.Equal(new CpdPeriod(DateOnly.Parse(start), DateOnly.Parse(end)), period);
    }

    [Fact]
    public void AYearInWhichNoTrienniumEndsIsAClearError()
    {
        var error = Assert.Throws<CreditRuleException>(() =>
            Periods.EndingIn(Rules("RNZCGP-TW"), Member("RNZCGP"), 2024));

        Assert.Equal(
            "No RNZCGP period ends in 2024: under RNZCGP-TW the period holding 2024 runs 2023-01-01 to 2025-12-31, " +
            "so ask for 2025.",
            error.Message);
    }

    [Fact]
    public void TheMcnzPeriodEndingInAYearIsTheAnniversaryYearThatEndsThen()
    {
        var period = Periods.EndingIn(Rules("MCNZ-GEN"), Member("MCNZ", new DateOnly(2025, 10, 1)), 2026);

        Assert.Equal(new CpdPeriod(new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)), period);
    }

    [Theory]
    [InlineData("2024-02-29", 2027, "2026-02-28", "2027-02-27")]
    [InlineData("2024-02-29", 2028, "2027-02-28", "2028-02-28")]
    [InlineData("2024-02-29", 2029, "2028-02-29", "2029-02-27")]
    [InlineData("2023-01-01", 2026, "2026-01-01", "2026-12-31")]
    public void AnAnniversaryCycleStartedOnTwentyNinthFebruaryRunsFromTheTwentyEighthInOtherYears(string cycle,
        int year, string start, string end)
    {
        var period = Periods.EndingIn(Rules("MCNZ-GEN"), Member("MCNZ", DateOnly.Parse(cycle)), year);

        Assert.Equal(new CpdPeriod(DateOnly.Parse(start), DateOnly.Parse(end)), period);
    }

    [Fact]
    public void AnniversaryPeriodsFollowOneAnotherWithNoGapOrOverlap()
    {
        var member = Member("MCNZ", new DateOnly(2024, 2, 29));
        var period = Periods.Containing(Rules("MCNZ-GEN"), member, new DateOnly(2024, 2, 29));

        for (var i = 0; i < 12; i++)
        {
            var next = Periods.Containing(Rules("MCNZ-GEN"), member, period.End.AddDays(1));
            Assert.Equal(period.End.AddDays(1), next.Start);
            Assert.True(next.Contains(next.Start) && next.Contains(next.End) && !next.Contains(period.End));
            period = next;
        }
    }

    [Fact]
    public void TheCallersLocalDateDecidesThePeriodForAnAucklandNewYearMeeting()
    {
        var member = Member("MCNZ", new DateOnly(2023, 1, 1));

        Assert.Equal(2026, Periods.Containing(Rules("MCNZ-GEN"), member, new DateOnly(2026, 1, 1)).Start.Year);
        Assert.Equal(new DateOnly(2026, 1, 1),
            Periods.Containing(Rules("RNZCGP-TW"), member, new DateOnly(2026, 1, 1)).Start);
        Assert.Equal(new DateOnly(2025, 12, 31),
            Periods.Containing(Rules("RNZCGP-TW"), member, new DateOnly(2025, 12, 31)).End);
    }

    [Fact]
    public void OnlyTheNewestVersionOfARuleSetDecidesWhereItApplies()
    {
        var first = Rules("RACGP-2023");
        var second = first with { Version = 2, ValidFrom = new DateOnly(2024, 1, 1) };

        Assert.Null(RuleSetSelector.For([first, second], "RACGP", new DateOnly(2023, 6, 1)));
        Assert.Equal(2, RuleSetSelector.For([first, second], "RACGP", new DateOnly(2024, 6, 1))?.Version);
        Assert.Null(RuleSetSelector.For(ShippedRuleSets.Load(), "NOPE", new DateOnly(2024, 6, 1)));
    }

    [Theory]
    [InlineData("RACGP", "2022-12-31", "RACGP-2020")]
    [InlineData("RACGP", "2023-01-01", "RACGP-2023")]
    [InlineData("RACGP", "2019-12-31", null)]
    public void TheRuleSetInForceOnADateIsChosen(string college, string date, string? expected) =>
        Assert.Equal(expected, RuleSetSelector.For(ShippedRuleSets.Load(), college, DateOnly.Parse(date))?.Code);
}
