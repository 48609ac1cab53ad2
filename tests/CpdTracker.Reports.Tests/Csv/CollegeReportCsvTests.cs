using System.Globalization;
using System.Text;
using CpdTracker.Reports.Csv;
using CsvHelper;
using static CpdTracker.Reports.Tests.Csv.CsvTestData;

namespace CpdTracker.Reports.Tests.Csv;

public sealed class CollegeReportCsvTests
{
    [Fact]
    public async Task TheRacgpLayoutWritesOneRowWithHoursInTheCollegesOwnCategoryColumns()
    {
        var (header, records) = Read(await Write([Row()], CsvLayouts.For("RACGP")));

        Assert.Equal(15, header.Length);
        Assert.Equal(["551203", "Tūhoe-Ngāwai", "Mere", "RACGP-2026-118830", "Melbourne Balint Group",
            "2026-01-07", "2026-11-18", "20", "1740", "1.25", "28.5", "0", "0", "0", "RACGP-2023"],
            Assert.Single(records));
    }

    [Theory]
    [InlineData("RACGP")]
    [InlineData("ACRRM")]
    [InlineData("RANZCP")]
    [InlineData("RNZCGP")]
    [InlineData("MCNZ")]
    [InlineData("PSYBA")]
    [InlineData("AASW")]
    [InlineData("NMBA")]
    [InlineData("OTBA")]
    public async Task RowsReadBackGiveTheSameCreditsPerCategoryDatesAndMinutes(string college)
    {
        var layout = CsvLayouts.For(college);
        var categories = layout.CreditCategories.Order().ToList();
        var rows = Enumerable.Range(1, 3).Select(i => new CollegeReportRow(
                $"M{i}", $"Given{i} Family{i}", $"A-{i}", $"Group {i}",
                new DateOnly(2026, i, 3), new DateOnly(2026, i + 6, 28), i * 4, i * 355,
                categories.Select((c, k) => (c, k)).ToDictionary(p => p.c, p => i * 1.25m + p.k * 40m),
                $"{college}-RULES"))
            .ToList();

        using var reader = CsvReader.Create(await Write(rows, layout), new CsvReaderOptions());
        var header = layout.Columns.ToDictionary(c => c.Field, c => c.Header);
        foreach (var row in rows)
        {
            Assert.True(reader.Read());
            Assert.Equal(row.MemberNumber, reader.GetString(header["memberNumber"]));
            Assert.Equal(($"Given{row.MeetingsAttended / 4}", $"Family{row.MeetingsAttended / 4}"),
                (reader.GetString(header["givenNames"]), reader.GetString(header["familyName"])));
            Assert.Equal((row.ActivityNumber, row.ActivityTitle, row.RuleSetCode),
                (reader.GetString(header["activityNumber"]), reader.GetString(header["activityTitle"]),
                    reader.GetString(header["ruleSetCode"])));
            Assert.Equal(row.FirstLocalDate, DateOnly.ParseExact(reader.GetString(header["firstDate"]), "yyyy-MM-dd"));
            Assert.Equal(row.LastLocalDate, DateOnly.ParseExact(reader.GetString(header["lastDate"]), "yyyy-MM-dd"));
            Assert.Equal((row.MeetingsAttended, row.MinutesAttended),
                (reader.Parse<int>(header["meetingsAttended"]), reader.Parse<int>(header["minutesAttended"])));
            Assert.All(categories, c => Assert.Equal(row.Credits[c], reader.Parse<decimal>(header["credit:" + c])));
        }

        Assert.False(reader.Read());
    }

    [Fact]
    public async Task AmountsAreWrittenWithAPointAndNoTrailingZerosWhateverTheMachinesCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var row = Row(credits: new() { ["EA"] = 40m, ["RP"] = 1.50m, ["MO"] = 0.25m, ["CAT1"] = 1234.5m });

            var record = ReadByName(await Write([row], CsvLayouts.For("RACGP"))).Single();

            Assert.Equal(("40", "1.5", "0.25", "1234.5"),
                (record["EA hours"], record["RP hours"], record["MO hours"], record["CAT1 points"]));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public async Task TheDefaultLayoutShowsHoursAttendedAndEveryCategoryInOneCell()
    {
        var row = Row(credits: new() { ["RP"] = 28.5m, ["EA"] = 1.25m, ["MO"] = 0m });
        var record = ReadByName(await Write([row], CsvLayouts.For("Default"))).Single();

        Assert.Equal(("Dr Mere Tūhoe-Ngāwai", "29", "EA 1.25; RP 28.5"),
            (record["Member"], record["Hours attended"], record["Credits"]));
    }

    [Fact]
    public async Task MacronsSurviveInUtf8AndTheByteOrderMarkIsWrittenOnlyWhenAsked()
    {
        var plain = await Write([Row("Mere Tūhoe-Ngāwai")], CsvLayouts.For("RACGP"));
        var excel = await Write([Row("Mere Tūhoe-Ngāwai")], CsvLayouts.For("RACGP"), bom: true);

        Assert.NotEqual(0xEF, plain[0]);
        Assert.Equal([0xEF, 0xBB, 0xBF], excel[..3]);
        Assert.Equal(plain, excel[3..]);
        Assert.Equal("Tūhoe-Ngāwai", ReadByName(excel).Single()["Family name"]);
        Assert.Contains("Tūhoe-Ngāwai", new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(plain));
    }

    [Fact]
    public async Task RowsFromAnOrdinarySequenceAreWrittenAndCounted()
    {
        using var output = new MemoryStream();

        var count = await CsvExport.WriteAsync(output, new[] { Row(), Row(number: "7") },
            CollegeReportMap.For(CsvLayouts.For("ACRRM")), false, default);

        Assert.Equal(2, count);
        Assert.Equal(["551203", "7"], ReadByName(output.ToArray()).Select(r => r["ACRRM number"]));
    }
}
