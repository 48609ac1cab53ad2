using System.Reflection;
using CpdTracker.Domain.Credit;
using static CpdTracker.Domain.Tests.Credit.Facts;

namespace CpdTracker.Domain.Tests.Credit;

public sealed class RuleSetJsonTests
{
    public static TheoryData<string> Codes => new(ShippedRuleSets.Load().Select(r => r.Code));

    private static string Embedded(string code)
    {
        using var stream = typeof(RuleSet).Assembly.GetManifestResourceStream($"CpdTracker.RuleSets.{code}.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachShippedFileIsExactlyWhatSerialisingItsRuleSetWrites(string code) =>
        Assert.Equal(Embedded(code).TrimEnd(), RuleSetJson.Serialize(RuleSetJson.Parse(Embedded(code))));

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachShippedRuleSetRoundTripsWithEveryPartIntact(string code)
    {
        var rules = Rules(code);

        var again = RuleSetJson.Parse(RuleSetJson.Serialize(rules));

        Assert.Equal((rules.College, rules.Code, rules.Version, rules.ValidFrom, rules.ValidTo, rules.Unit,
            rules.Period, rules.Rounding, rules.MinimumMinutes, rules.BlockAward, rules.Notes),
            (again.College, again.Code, again.Version, again.ValidFrom, again.ValidTo, again.Unit, again.Period,
                again.Rounding, again.MinimumMinutes, again.BlockAward, again.Notes));
        Assert.Equal(rules.Mappings.Select(m => (m.Kind, m.Role, m.RatePerHour, string.Join(",", m.Categories))),
            again.Mappings.Select(m => (m.Kind, m.Role, m.RatePerHour, string.Join(",", m.Categories))));
        Assert.Equal(rules.Caps, again.Caps);
        Assert.Equal(rules.Requirements.Select(q => (q.Name, string.Join(",", q.Categories), q.Minimum)),
            again.Requirements.Select(q => (q.Name, string.Join(",", q.Categories), q.Minimum)));
        Assert.Equal(rules.CategoryNames, again.CategoryNames);
    }

    [Fact]
    public void TheDocumentIsCamelCaseWithEnumsAsWordsAndNoDerivedFields()
    {
        var json = RuleSetJson.Serialize(Rules("PSYBA"));

        Assert.Contains("\"validFrom\": \"2020-12-01\"", json);
        Assert.Contains("\"role\": \"Presenter\"", json);
        Assert.Contains("\"unit\": \"Hours\"", json);
        Assert.DoesNotContain("unitName", json);
        Assert.DoesNotContain("\"categories\": [\n    \"", json);
    }

    [Theory]
    [InlineData("\"minimumMinutes\": 30,", "\"minimumMinute\": 30,")]
    [InlineData("\"minimumMinutes\": 30,", "")]
    [InlineData("\"GroupMeeting\"", "\"Picnic\"")]
    [InlineData("\"name\": \"Nursing and Midwifery Board of Australia CPD\"", "\"name\": null")]
    public void AMisspeltMissingOrUnknownPartIsRefusedWhenParsed(string part, string replacement)
    {
        var json = Embedded("NMBA");
        Assert.Contains(part, json);

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => RuleSetJson.Parse(json.Replace(part, replacement)));
    }

    [Fact]
    public void ADocumentStoredWithTheFormerlyWrittenDerivedFieldsStillParsesAndTheyAreIgnored()
    {
        var old = Embedded("NMBA").TrimEnd()[..^1] + ",\n  \"unitName\": \"points\",\n  \"categories\": [\"XYZ\"]\n}";

        var rules = RuleSetJson.Parse(old);

        Assert.Equal("hours", rules.UnitName);
        Assert.Equal(["CPD"], rules.Categories);
        Assert.Equal(Embedded("NMBA").TrimEnd(), RuleSetJson.Serialize(rules));
    }

    [Fact]
    public void TheShippedSetsAreLoadedFromTheAssemblyNotTheDisk() =>
        Assert.Equal(10, typeof(RuleSet).Assembly.GetManifestResourceNames()
            .Count(n => n.StartsWith("CpdTracker.RuleSets.", StringComparison.Ordinal)));
}
