using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

/// <summary>Each shipped rule set's own numbers: a 90-minute group meeting and a 60-minute
/// plenary, as a participant.</summary>
public sealed class SeededRuleSetTests
{
    [Theory]
    [InlineData("RACGP-2023", "2026-03-04", "hours", "RP", "1.5", "EA", "1", "Total", "47.5")]
    [InlineData("RACGP-2020", "2021-03-04", "points", "CAT2", "3", "CAT2", "2",
        "Category 1 (CPD accredited activities)", "80")]
    [InlineData("ACRRM-2023", "2026-03-04", "hours", "PR", "1.5", "EA", "1",
        "Performance review and outcome measurement", "23.5")]
    [InlineData("RANZCP-2023", "2026-03-04", "hours", "PEER", "1.5", "SGL", "1", "Formal peer review", "8.5")]
    [InlineData("RNZCGP-TW", "2026-03-04", "credits", "RP", "1.5", "ME", "1", "Total", "93.5")]
    [InlineData("MCNZ-GEN", "2026-03-04", "hours", "PEER", "1.5", "CME", "1", "Continuing medical education", "19")]
    [InlineData("PSYBA", "2026-03-04", "hours", "OTHER", "1.5", "OTHER", "1", "Peer consultation", "10")]
    [InlineData("AASW", "2026-03-04", "hours", "SK", "1.5", "SK", "1", "Skills and knowledge", "12.5")]
    [InlineData("NMBA", "2026-03-04", "hours", "CPD", "1.5", "CPD", "1", "Total", "17.5")]
    [InlineData("OTBA", "2026-03-04", "hours", "INT", "1.5", "OTHER", "1", "Interactive", "3.5")]
    public void AGroupMeetingAndAPlenaryCreditTheRuleSetsOwnCategories(
        string code, string date, string unit, string groupCategory, string groupAmount, string plenaryCategory,
        string plenaryAmount,
        string requirement, string shortfall)
    {
        var day = DateOnly.Parse(date);
        var member = Member(Rules(code).College, new DateOnly(2025, 10, 1));
        var facts = new[] { Meeting(1, day),
            Meeting(2, day.AddDays(1), 60, kind: ActivityKind.WorkshopPlenary, activity: "workshop:1") };

        var statement = Statement(code, facts, day, member);

        Assert.Equal(unit, statement.Unit);
        Assert.Equal([(groupCategory, decimal.Parse(groupAmount)), (plenaryCategory, decimal.Parse(plenaryAmount))],
            statement.Lines.Select(l => (l.Category, l.Amount)));
        Assert.Equal(decimal.Parse(shortfall), statement.Requirements.Single(r => r.Name == requirement).Shortfall);
    }

    [Fact]
    public void OtbaCountsLeadershipTrainingAsInteractive()
    {
        var statement = Statement("OTBA",
            [Meeting(1, new DateOnly(2026, 3, 4), 120, kind: ActivityKind.LeadershipTraining)]);

        Assert.Equal(2m, statement.Totals["INT"]);
    }

    [Theory]
    [InlineData(AttendanceRole.Presenter, "PEER")]
    [InlineData(AttendanceRole.Leader, "OTHER")]
    [InlineData(AttendanceRole.CoLeader, "OTHER")]
    [InlineData(AttendanceRole.Participant, "OTHER")]
    public void PsybaCountsOnlyAPresentersOwnCaseAsPeerConsultation(AttendanceRole role, string category)
    {
        var line =
            Assert.Single(Statement("PSYBA",
                [Meeting(1, new DateOnly(2026, 3, 4), role: role, kind: ActivityKind.WorkshopGroup)]).Lines);

        Assert.Equal((category, 1.5m), (line.Category, line.Amount));
    }

    [Fact]
    public void AaswReportsSupervisionAndProfessionalIdentityAsShortWhenOnlyGroupsAreAttended()
    {
        var facts = Enumerable.Range(0, 12).Select(i => Meeting(i + 1, new DateOnly(2025, 7, 1).AddDays(28 * i)));

        var statement = Statement("AASW", facts, new DateOnly(2025, 7, 1));

        Assert.Equal(new CpdPeriod(new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)), statement.Period);
        Assert.Equal(18m, statement.Totals["SK"]);
        Assert.Equal(
            [("Total", false, 12m), ("Supervision", false, 10m), ("Skills and knowledge", true, 0m),
                ("Professional identity", false, 5m)],
            statement.Requirements.Select(r => (r.Name, r.Met, r.Shortfall)));
    }

    [Fact]
    public void RacgpTwentyTwentyRoundsEachLineDownToWholePoints()
    {
        var line =
            Assert.Single(Statement("RACGP-2020",
                [Meeting(1, new DateOnly(2021, 3, 4), 50, AttendanceStatus.Late)]).Lines);

        Assert.Equal(1m, line.Amount);
        Assert.Equal("50 of 90 min at 2 pts/h → 1 pts CAT2 (1.6667 rounded down to 1)", line.Explanation);
    }
}
