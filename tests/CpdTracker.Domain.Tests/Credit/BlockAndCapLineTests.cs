using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

/// <summary>How block awards and caps show on a RACGP-2020 statement.</summary>
public sealed class BlockAndCapLineTests
{
    private static readonly CpdPeriod Triennium = new(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31));

    private static CreditStatement Run(params AttendanceFact[] facts) =>
        CreditEngine.Compute(Rules("RACGP-2020"), Member("RACGP"), Triennium, facts);

    private static AttendanceFact[] Monthly(
        int count, string activity = "group:1", string? number = "RACGP-1234", int minutes = 90) =>
        Enumerable.Range(0, count)
            .Select(i => Meeting(
                i + 1, new DateOnly(2020, 2, 3).AddDays(30 * i), minutes, activity: activity, number: number))
            .ToArray();

    [Fact]
    public void TheBlockAwardIsALineOnTheMeetingThatCompletedTheBlock()
    {
        var statement = Run(Monthly(6));

        var block = Assert.Single(statement.Lines, l => l.Category == "CAT1");
        Assert.Equal((6, new DateOnly(2020, 7, 2), 40m), (block.MeetingId, block.LocalDate, block.Amount));
        Assert.Equal(
            "block 1: 8 h attended in Melbourne Balint Group (RACGP activity RACGP-1234), " +
            "completed at this meeting → 40 pts CAT1 instead of per-hour CAT2 for those 8 h",
            block.Explanation);
        Assert.All(statement.Lines.Where(l => l.MeetingId < 6),
            l => Assert.Equal(("CAT2", 0m), (l.Category, l.Amount)));
        Assert.Equal("90 of 90 min towards block 1 of 8 h in Melbourne Balint Group (270 of 480 min so far)",
            statement.Lines[2].Explanation);
        Assert.Equal("30 min counted in block 1; 60 of 90 min attended at 2 pts/h → 2 pts CAT2",
            statement.Lines[^1].Explanation);
    }

    [Fact]
    public void MinutesInABlockNotYetCompletedKeepTheirPerHourCredit()
    {
        var statement = Run(Monthly(5));

        Assert.DoesNotContain(statement.Lines, l => l.Category == "CAT1" && l.Amount > 0);
        Assert.Equal(15m, statement.Totals["CAT2"]);
    }

    [Fact]
    public void AMeetingThatFinishesOneBlockAndStartsTheNextSaysSo()
    {
        var statement = Run(Monthly(11));

        Assert.Equal([("CAT1", 40m), ("CAT2", 0m)],
            statement.Lines.Where(l => l.MeetingId == 6).Select(l => (l.Category, l.Amount)));
        Assert.StartsWith("60 of 90 min towards block 2",
            statement.Lines.Single(l => l.MeetingId == 6 && l.Category == "CAT2").Explanation);
    }

    [Fact]
    public void OneLongSessionCanCompleteTwoBlocks()
    {
        var statement = Run(Meeting(1, new DateOnly(2021, 5, 1), 450, number: "W-7"),
            Meeting(2, new DateOnly(2021, 5, 2), 600, number: "W-7"));

        Assert.Equal([("CAT2", 0m), ("CAT1", 40m), ("CAT1", 40m), ("CAT2", 3m)],
            statement.Lines.Select(l => (l.Category, l.Amount)));
        Assert.StartsWith("510 min counted in blocks 1–2; 90 of 600 min attended", statement.Lines[^1].Explanation);
    }

    [Fact]
    public void AttendanceBelowTheMinimumDoesNotCountTowardsABlock()
    {
        var facts = Monthly(5)
            .Append(Meeting(6, new DateOnly(2020, 12, 1), 29, AttendanceStatus.LeftEarly, number: "RACGP-1234"));

        Assert.Equal(0m, Run(facts.ToArray()).Totals["CAT1"]);
    }

    [Fact]
    public void ABlankActivityNumberIsNoActivityNumber() =>
        Assert.Equal((0m, 30m),
            (Run(Monthly(14, number: " ")).Totals["CAT1"], Run(Monthly(14, number: " ")).Totals["CAT2"]));

    [Fact]
    public void TheCapCutsTheLineThatCrossesItAndZeroesTheRest()
    {
        var facts = Monthly(12, number: null);
        facts[0] = facts[0] with { MinutesAttended = 60, Status = AttendanceStatus.Late };

        var statement = Run(facts);

        Assert.Equal([2m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 1m, 0m], statement.Lines.Select(l => l.Amount));
        Assert.Equal(
            "90 of 90 min at 2 pts/h → 3 pts CAT2; capped: this activity's CAT2 is limited to 30 a period, so 1 counts",
            statement.Lines[10].Explanation);
        Assert.Contains("capped", statement.Lines[11].Explanation);
        Assert.DoesNotContain("capped", statement.Lines[9].Explanation);
    }

    [Fact]
    public void EachActivityHasItsOwnCap()
    {
        var workshop = Monthly(14, "workshop:2", null).Select(f => f with { MeetingId = f.MeetingId + 100 });
        var statement = Run([.. Monthly(14, "group:1", null), .. workshop]);

        Assert.Equal(60m, statement.Totals["CAT2"]);
    }

    [Fact]
    public void BlocksAreCountedPerActivityNotAcrossActivities()
    {
        var other = Monthly(4, "group:2").Select(f => f with { MeetingId = f.MeetingId + 100 });
        var statement = Run([.. Monthly(4, "group:1"), .. other]);

        Assert.Equal((0m, 24m), (statement.Totals["CAT1"], statement.Totals["CAT2"]));
    }
}
