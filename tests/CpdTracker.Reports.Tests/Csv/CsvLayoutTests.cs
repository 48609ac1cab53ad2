using System.Runtime.CompilerServices;
using System.Text;
using CpdTracker.Domain.Colleges;
using CpdTracker.Reports.Csv;
using static CpdTracker.Reports.Tests.Csv.CsvTestData;

namespace CpdTracker.Reports.Tests.Csv;

public sealed class CsvLayoutTests
{
    private const string Common = "Family name,Given names,Activity number,Activity title,First date,Last date," +
        "Meetings attended,Minutes attended";

    [Theory]
    [InlineData("RACGP", $"RACGP number,{Common},EA hours,RP hours,MO hours,CAT1 points,CAT2 points,Rule set")]
    [InlineData("ACRRM", $"ACRRM number,{Common},EA hours,PR hours,OM hours,Rule set")]
    [InlineData("RANZCP", $"RANZCP number,{Common},PEER hours,PI hours,SGL hours,Rule set")]
    [InlineData("RNZCGP", $"RNZCGP number,{Common},RP credits,ME credits,Rule set")]
    [InlineData("MCNZ", $"MCNZ number,{Common},PEER hours,CME hours,Rule set")]
    [InlineData("PSYBA", $"AHPRA number,{Common},PEER hours,OTHER hours,Rule set")]
    [InlineData("AASW", $"AASW number,{Common},SUP hours,SK hours,PI hours,Rule set")]
    [InlineData("NMBA", $"AHPRA number,{Common},CPD hours,Rule set")]
    [InlineData("OTBA", $"AHPRA number,{Common},INT hours,OTHER hours,Rule set")]
    [InlineData("Default", "Member number,Member,Activity number,Activity title,First date,Last date," +
        "Meetings attended,Minutes attended,Hours attended,Credits,Rule set")]
    public async Task EachShippedLayoutLoadsAndWritesItsDocumentedHeaderInOrder(string college, string header)
    {
        var layout = CsvLayouts.All[college];

        var bytes = await Write([], layout);

        Assert.Equal(header, string.Join(",", Read(bytes).Header));
        Assert.Equal(header + "\r\n", Encoding.UTF8.GetString(bytes));
        Assert.Contains($"`{header}`", File.ReadAllText(ReadmePath()));
    }

    [Fact]
    public void EveryCollegeHasItsOwnLayoutAndAnyOtherCodeGetsDefault()
    {
        Assert.Equal(CollegeCodes.All.Append("Default").Order(), CsvLayouts.All.Keys.Order());
        Assert.All(CollegeCodes.All, c => Assert.Equal(c, CsvLayouts.For(c).College));
        Assert.Same(CsvLayouts.All["Default"], CsvLayouts.For("SOMEWHERE"));
    }

    [Fact]
    public void EachCollegeLayoutHasAColumnForEveryCategoryItsRuleSetsCredit()
    {
        // From RULES.md "Seeded rule sets": the categories each college's mappings credit.
        var credited = new Dictionary<string, string[]>
        {
            ["RACGP"] = ["RP", "EA", "CAT1", "CAT2"], ["ACRRM"] = ["PR", "EA"], ["RANZCP"] = ["PEER", "SGL"],
            ["RNZCGP"] = ["RP", "ME"], ["MCNZ"] = ["PEER", "CME"], ["PSYBA"] = ["PEER", "OTHER"],
            ["AASW"] = ["SK"], ["NMBA"] = ["CPD"], ["OTBA"] = ["INT", "OTHER"],
        };

        Assert.All(credited,
            c => Assert.Superset(c.Value.ToHashSet(), CsvLayouts.For(c.Key).CreditCategories.ToHashSet()));
    }

    [Fact]
    public async Task AReplacedLayoutChangesTheHeadersAndTheirOrder()
    {
        var layout = CsvLayout.Parse("""{"college":"RACGP","description":"x","columns":[""" +
            """{"header":"RP","field":"credit:RP"},{"header":"No.","field":"memberNumber"}]}""");

        var (header, records) = Read(await Write([Row()], layout));

        Assert.Equal(["RP", "No."], header);
        Assert.Equal(["28.5", "551203"], records[0]);
    }

    [Fact]
    public void ALayoutReadFromAStreamIsTheSameAsTheShippedOneItWasWrittenFrom()
    {
        var shipped = CsvLayouts.For("ACRRM");

        var read = CsvLayout.Parse(new MemoryStream(Encoding.UTF8.GetBytes(shipped.ToJson())));

        Assert.Equal(shipped.Columns, read.Columns);
        Assert.Equal((shipped.College, shipped.Description), (read.College, read.Description));
    }

    [Fact]
    public void ALayoutNamingAnUnknownFieldIsRefusedByName()
    {
        var error = Assert.Throws<FormatException>(() =>
            CsvLayout.Parse("""{"college":"RACGP","description":"x","columns":[{"header":"A","field":"shoeSize"}]}"""));

        Assert.Contains("unknown field 'shoeSize'", error.Message);
        Assert.Contains("memberNumber", error.Message);
    }

    [Theory]
    [InlineData("""{"college":"RACGP","columns":[{"header":"EA","field":"credit:ea"}]}""",
        "Column 1 names unknown field 'credit:ea'")]
    [InlineData("""{"college":"RACGP","columns":[{"header":"","field":"fullName"}]}""", "Column 1 has no header.")]
    [InlineData(
        """{"college":"RACGP","columns":[{"header":"N","field":"fullName"},{"header":"n","field":"memberNumber"}]}""",
        "Header 'N' appears 2 times.")]
    [InlineData("""{"college":"XYZ","columns":[{"header":"N","field":"fullName"}]}""", "College 'XYZ' is not one of")]
    [InlineData("""{"college":"RACGP"}""", "A layout needs at least one column.")]
    [InlineData("""{"college":"RACGP","columns":[}""", "The layout is not valid JSON")]
    [InlineData("null", "The layout document is empty.")]
    public void ALayoutThatCannotBeWrittenIsRefusedWithTheReason(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => CsvLayout.Parse(json));

        Assert.Contains(reason, error.Message);
    }

    private static string ReadmePath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!,
            "../../../src/CpdTracker.Reports/Csv/Layouts/README.md"));
}
