using System.Text;
using CpdTracker.Reports.Csv;
using static CpdTracker.Reports.Tests.Csv.CsvTestData;

namespace CpdTracker.Reports.Tests.Csv;

public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public async Task AFormulaInANameIsWrittenAsTextThatNoSpreadsheetRuns(string name)
    {
        var bytes = await Write([Row(name)], CsvLayouts.For("Default"));

        Assert.Equal("'" + name, ReadByName(bytes).Single()["Member"]);
        Assert.Contains("\"'" + name.Replace("\"", "\"\""), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task AFormulaAsAFamilyNameActivityOrMemberNumberIsNeutralisedToo()
    {
        var row = Row("Mere =HYPERLINK(\"http://x\",\"y\")", number: "-1") with
        {
            ActivityTitle = "@cmd",
            ActivityNumber = "+61",
        };

        var record = ReadByName(await Write([row], CsvLayouts.For("RACGP"))).Single();

        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", record["Family name"]);
        Assert.Equal(("'-1", "'@cmd", "'+61"),
            (record["RACGP number"], record["Activity title"], record["Activity number"]));
    }

    [Fact]
    public async Task ANegativeCreditStaysANumberBecauseOurOwnNumbersCannotBeFormulas()
    {
        var record = ReadByName(await Write([Row(credits: new() { ["RP"] = -1.5m })], CsvLayouts.For("RACGP")))
            .Single();

        Assert.Equal("-1.5", record["RP hours"]);
    }

    [Fact]
    public async Task QuotesCommasAndNewLinesInNamesAreQuotedAsRfc4180Says()
    {
        var name = "O'Brien, \"Zoë\"\nsecond line";

        var bytes = await Write([Row(name)], CsvLayouts.For("Default"));

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains(",\"O'Brien, \"\"Zoë\"\"\nsecond line\",", text);
        Assert.Equal(name, ReadByName(bytes).Single()["Member"]);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
