using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

/// <summary>Each validator rule refuses a rule set broken in that one way, with a message
/// a person can act on.</summary>
public sealed class RuleSetValidatorRuleTests
{
    private static readonly RuleSetValidator Validator = new();

    private static string Errors(RuleSet rules) =>
        string.Join(" | ", Validator.Validate(rules).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));

    [Fact]
    public void AnUnknownCollegeIsRefused() =>
        Assert.Contains("'XYZ' is not a known college", Errors(Rules("NMBA") with { College = "XYZ" }));

    [Fact]
    public void AnUnknownUnitIsRefused() =>
        Assert.Contains("hours, points or credits", Errors(Rules("NMBA") with { Unit = (CreditUnit)9 }));

    [Fact]
    public void AnUnknownRoleIsRefused() =>
        Assert.Contains("not a known attendance role", Errors(Rules("NMBA") with
        {
            Mappings = [.. Rules("NMBA").Mappings,
                new ActivityMapping(ActivityKind.GroupMeeting, (AttendanceRole)7, 1, [new CategoryShare("CPD", 1)])],
        }));

    [Fact]
    public void AnUnknownActivityKindIsRefusedWithItsNumber() =>
        Assert.Contains("'42' is not a known activity kind", Errors(Rules("NMBA") with
        {
            Mappings = [new ActivityMapping((ActivityKind)42, null, 1, [new CategoryShare("CPD", 1)])],
        }));

    [Fact]
    public void MappingOneKindAndRoleTwiceIsRefused() =>
        Assert.Contains("mapped only once",
            Errors(Rules("NMBA") with { Mappings = [.. Rules("NMBA").Mappings, Rules("NMBA").Mappings[0]] }));

    [Fact]
    public void NamingOneCategoryTwiceInAMappingIsRefused() =>
        Assert.Contains("names a category twice", Errors(Rules("NMBA") with
        {
            Mappings =
                [new ActivityMapping(ActivityKind.GroupMeeting, null, 1,
                    [new CategoryShare("CPD", 0.5m), new CategoryShare("CPD", 0.5m)])],
        }));

    [Fact]
    public void AnUnknownRoundingModeIsRefused() =>
        Assert.Contains("down or nearest",
            Errors(Rules("NMBA") with { Rounding = new Rounding(0.25m, (RoundingMode)5) }));

    [Fact]
    public void ANegativeMinimumAttendanceIsRefused() =>
        Assert.Contains("MinimumMinutes", Errors(Rules("NMBA") with { MinimumMinutes = -1 }));

    [Fact]
    public void AnUnknownPeriodKindIsRefused() =>
        Assert.Contains("annual, triennium or memberAnniversary",
            Errors(Rules("NMBA") with { Period = new PeriodRule((PeriodKind)3) }));

    [Fact]
    public void AnAnnualPeriodStartingOnTwentyNinthFebruaryIsRefused() =>
        Assert.Contains("29 February does not",
            Errors(Rules("NMBA") with { Period = new PeriodRule(PeriodKind.Annual, 2, 29) }));

    [Fact]
    public void ATrienniumWithoutAnAnchorYearIsRefused() =>
        Assert.Contains("needs an anchor year",
            Errors(Rules("RACGP-2020") with { Period = new PeriodRule(PeriodKind.Triennium) }));

    [Fact]
    public void AValidityEndingBeforeItStartsIsRefused() =>
        Assert.Contains("validTo must not be before validFrom",
            Errors(Rules("NMBA") with { ValidTo = new DateOnly(2019, 5, 31) }));

    [Fact]
    public void AValidityStartingMidPeriodNamesTheFieldAndAPeriodStart() =>
        Assert.Contains(
            "ValidFrom: A rule set must cover whole periods: validFrom must be a period start, such as 2020-06-01.",
            Errors(Rules("NMBA") with { ValidFrom = new DateOnly(2020, 9, 1) }));

    [Fact]
    public void AValidityEndingMidTrienniumNamesAPeriodEnd() =>
        Assert.Contains("validTo must be a period end, such as 2022-12-31.",
            Errors(Rules("RACGP-2020") with { ValidTo = new DateOnly(2021, 12, 31) }));

    [Fact]
    public void ACreditedCategoryWithoutADisplayNameIsRefused() =>
        Assert.Contains("missing: RP", Errors(Rules("RACGP-2023") with
        {
            CategoryNames = new Dictionary<string, string> { ["EA"] = "Educational activities" },
        }));

    [Fact]
    public void CappingOneCategoryTwiceIsRefused() =>
        Assert.Contains("capped only once",
            Errors(Rules("RACGP-2020") with { Caps = [new CapRule("CAT2", 30), new CapRule("CAT2", 20)] }));

    [Fact]
    public void AZeroCapIsRefused() =>
        Assert.Contains("not more than 0", Errors(Rules("RACGP-2020") with { Caps = [new CapRule("CAT2", 0)] }));

    [Fact]
    public void ABlockWorthLessThanThePerHourCreditItReplacesIsRefused() =>
        Assert.Contains("must award at least the 16 per-hour CAT2",
            Errors(Rules("RACGP-2020") with { BlockAward = new BlockAward(8, 10, "CAT1", "CAT2") }));

    [Fact]
    public void ABlockReplacingACategoryNothingCreditsIsRefused() =>
        Assert.Contains("'EA' is not one",
            Errors(Rules("RACGP-2020") with { BlockAward = new BlockAward(8, 40, "CAT1", "EA") }));

    [Fact]
    public void ABlockOfPartMinutesIsRefused() =>
        Assert.Contains("whole number of minutes",
            Errors(Rules("RACGP-2020") with { BlockAward = new BlockAward(8.001m, 40, "CAT1", "CAT2") }));

    [Fact]
    public void ARequirementWithoutANameOrWithANegativeMinimumIsRefused()
    {
        Assert.Contains("needs a name", Errors(Rules("NMBA") with { Requirements = [new Requirement(" ", [], 20)] }));
        Assert.Contains("minimum below 0",
            Errors(Rules("NMBA") with { Requirements = [new Requirement("Total", [], -1)] }));
    }

    [Fact]
    public void ABrokenDocumentIsReportedNotThrown()
    {
        var broken = Rules("RACGP-2020") with
        {
            Period = null!,
            Rounding = null!,
            Mappings = null!,
            CategoryNames = null!,
        };

        var result = Validator.Validate(broken);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == "Mappings");
        Assert.Contains(result.Errors, e => e.PropertyName == "Rounding");
    }

    [Fact]
    public void OverlapsAreJudgedOnTheNewestVersionOfEachCode()
    {
        var stretched = Rules("RACGP-2020") with { Version = 2, ValidTo = new DateOnly(2023, 12, 31) };
        var shrunk = stretched with { Version = 3, ValidTo = new DateOnly(2022, 12, 31) };

        Assert.Empty(RuleSetOverlap.Find([Rules("RACGP-2020"), Rules("RACGP-2023")]));
        Assert.Single(RuleSetOverlap.Find([Rules("RACGP-2020"), stretched, Rules("RACGP-2023")]));
        Assert.Empty(RuleSetOverlap.Find([Rules("RACGP-2020"), stretched, shrunk, Rules("RACGP-2023")]));
    }

    [Fact]
    public void RuleSetsOfDifferentCollegesMayRunAtTheSameTime() =>
        Assert.Empty(RuleSetOverlap.Find([Rules("RACGP-2023"), Rules("ACRRM-2023"), Rules("RANZCP-2023")]));
}
