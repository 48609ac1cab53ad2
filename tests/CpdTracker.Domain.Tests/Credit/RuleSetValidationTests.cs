using CpdTracker.Domain.Colleges;
using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

public sealed class RuleSetValidationTests
{
    private static readonly RuleSetValidator Validator = new();

    private static string Errors(RuleSet rules) =>
        string.Join(" | ", Validator.Validate(rules).Errors.Select(e => e.ErrorMessage));

    [Fact]
    public void AllTenShippedRuleSetsAreValidDoNotOverlapAndRoundTripThroughJson()
    {
        var shipped = ShippedRuleSets.Load();

        Assert.Equal(10, shipped.Count);
        Assert.All(shipped, r => Assert.True(Validator.Validate(r).IsValid, $"{r.Code}: {Errors(r)}"));
        Assert.Empty(RuleSetOverlap.Find(shipped));
        Assert.All(shipped, r => Assert.Equal(
            RuleSetJson.Serialize(r), RuleSetJson.Serialize(RuleSetJson.Parse(RuleSetJson.Serialize(r)))));
        Assert.Equal(CollegeCodes.All.Order(), shipped.Select(r => r.College).Distinct().Order());
    }

    [Fact]
    public void FractionsThatDoNotAddUpToOneAreRefused()
    {
        var rules = Rules("RACGP-2023") with
        {
            Mappings =
                [new ActivityMapping(ActivityKind.GroupMeeting, null, 1,
                    [new CategoryShare("RP", 0.5m), new CategoryShare("EA", 0.4m)])],
        };

        Assert.Contains("add up to 0.9, not 1", Errors(rules));
    }

    [Fact]
    public void AHybridSplitThatAddsUpToOneIsAcceptedAndCreditsBothCategories()
    {
        var rules = Rules("RACGP-2023") with
        {
            Mappings =
                [new ActivityMapping(ActivityKind.GroupMeeting, null, 1,
                    [new CategoryShare("EA", 0.5m), new CategoryShare("RP", 0.5m)])],
        };
        var member = Member("RACGP");

        var statement = CreditEngine.Compute(rules, member, Periods.Containing(rules, member, new DateOnly(2026, 3, 4)),
            [Meeting(1, new DateOnly(2026, 3, 4))]);

        Assert.Empty(Errors(rules));
        Assert.Equal((0.75m, 0.75m), (statement.Totals["EA"], statement.Totals["RP"]));
    }

    [Fact]
    public void AZeroRoundingIncrementIsRefused() =>
        Assert.Contains("increment must be more than 0",
            Errors(Rules("NMBA") with { Rounding = new Rounding(0, RoundingMode.Down) }));

    [Fact]
    public void ARequirementNamingAnUnknownCategoryIsRefused() =>
        Assert.Contains("names a category that does not exist",
            Errors(Rules("NMBA") with { Requirements = [new Requirement("Ghost", ["XYZ"], 5)] }));

    [Fact]
    public void AValidityThatStartsMidPeriodIsRefused() =>
        Assert.Contains("whole periods", Errors(Rules("AASW") with { ValidFrom = new DateOnly(2020, 8, 1) }));

    [Fact]
    public void AValidityThatEndsMidPeriodIsRefused() =>
        Assert.Contains("whole periods", Errors(Rules("RACGP-2020") with { ValidTo = new DateOnly(2021, 12, 31) }));

    [Fact]
    public void AnUnknownActivityKindIsRefused() =>
        Assert.False(Validator.Validate(Rules("NMBA") with
        {
            Mappings = [new ActivityMapping((ActivityKind)42, null, 1, [new CategoryShare("CPD", 1)])],
        }).IsValid);

    [Fact]
    public void AnUnknownKindInJsonIsRefusedWhenParsed() =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() =>
            RuleSetJson.Parse(RuleSetJson.Serialize(Rules("NMBA")).Replace("\"GroupMeeting\"", "\"Picnic\"")));

    [Fact]
    public void ACapOnACategoryNoMappingCreditsIsRefused() =>
        Assert.Contains("cap on 'EA'", Errors(Rules("RACGP-2020") with { Caps = [new CapRule("EA", 10)] }));

    [Fact]
    public void TwoRuleSetsOfOneCollegeInForceTogetherAreReported()
    {
        var overlapping = Rules("RACGP-2023") with { Code = "RACGP-2024", ValidFrom = new DateOnly(2024, 1, 1) };

        var problems = RuleSetOverlap.Find([Rules("RACGP-2020"), Rules("RACGP-2023"), overlapping]);

        Assert.Equal("RACGP-2023 and RACGP-2024 are both RACGP rule sets in force from 2024-01-01.",
            Assert.Single(problems));
    }
}
