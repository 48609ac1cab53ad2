using System.Text;
using CpdTracker.Reports.Csv;
using static CpdTracker.Reports.Tests.Csv.CsvTestData;

namespace CpdTracker.Reports.Tests.Csv;

public sealed class CollegeReportCsvTests
{
    [Fact]
    public async Task TheRacgpLayoutWritesItsColumnsInOrderWithHoursPerCategory()
    {
        var (header, records) = Read(await Write([Row()], CsvLayouts.For("RACGP")));

        Assert.Equal(["RACGP number", "Family name", "Given names", "Activity number", "Activity title", "First date", "Last date",
            "Meetings attended", "Minutes attended", "EA hours", "RP hours", "MO hours", "Rule set"], header);
        Assert.Equal(["551203", "Tūhoe-Ngāwai", "Mere", "RACGP-2026-118830", "Melbourne Balint Group", "2026-01-07", "2026-11-18",
            "20", "1740", "1.25", "28.5", "0", "RACGP-2023"], Assert.Single(records));
    }

    [Fact]
    public void EveryCollegeHasAShippedLayoutAndEachNamesItsOwnCategories()
    {
        Assert.Equal(["AASW", "ACRRM", "Default", "MCNZ", "NMBA", "OTBA", "PSYBA", "RACGP", "RANZCP", "RNZCGP"], CsvLayouts.All.Keys.Order());
        Assert.Contains(CsvLayouts.For("ACRRM").Columns, c => c.Field == "credit:PR");
        Assert.Contains(CsvLayouts.For("RNZCGP").Columns, c => c.Header == "RP credits");
        Assert.Same(CsvLayouts.All["Default"], CsvLayouts.For("SOMEWHERE"));
    }

    [Fact]
    public async Task AReplacedLayoutChangesTheHeadersAndTheirOrder()
    {
        var layout = CsvLayout.Parse("""{"college":"RACGP","description":"x","columns":[{"header":"RP","field":"credit:RP"},{"header":"No.","field":"memberNumber"}]}""");

        var (header, records) = Read(await Write([Row()], layout));

        Assert.Equal(["RP", "No."], header);
        Assert.Equal(["28.5", "551203"], records[0]);
    }

    [Fact]
    public void ALayoutNamingAnUnknownFieldIsRefusedByName()
    {
        var error = Assert.Throws<FormatException>(() => CsvLayout.Parse("""{"college":"RACGP","description":"x","columns":[{"header":"A","field":"shoeSize"}]}"""));

        Assert.Contains("'shoeSize'", error.Message);
    }

    [Fact]
    public async Task MacronsSurviveInUtf8AndTheByteOrderMarkIsWrittenOnlyWhenAsked()
    {
        var plain = await Write([Row()], CsvLayouts.For("RACGP"));
        var excel = await Write([Row()], CsvLayouts.For("RACGP"), bom: true);

        Assert.NotEqual(0xEF, plain[0]);
        Assert.Equal([0xEF, 0xBB, 0xBF], excel[..3]);
        Assert.Contains("Tūhoe-Ngāwai", Encoding.UTF8.GetString(plain));
        Assert.Equal(plain, excel[3..]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public async Task AFormulaInANameIsWrittenAsTextThatNoSpreadsheetRuns(string name)
    {
        var (_, records) = Read(await Write([Row(name)], CsvLayouts.For("Default")));

        Assert.Equal("'" + name, records[0][1]);
    }

    [Fact]
    public async Task QuotesCommasAndNewLinesInNamesAreQuotedAsRfc4180Says()
    {
        var name = "O'Brien, \"Zoë\"\nsecond line";

        var bytes = await Write([Row(name)], CsvLayouts.For("Default"));

        Assert.Contains("\"O'Brien, \"\"Zoë\"\"\nsecond line\"", Encoding.UTF8.GetString(bytes));
        Assert.Equal(name, Read(bytes).Records[0][1]);
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(bytes));
    }
}
