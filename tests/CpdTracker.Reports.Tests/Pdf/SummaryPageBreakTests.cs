using CpdTracker.Reports.Documents;

namespace CpdTracker.Reports.Tests.Pdf;

// Renders summaries of every length up to three pages, so each table meets the bottom of a page somewhere.
public sealed class SummaryPageBreakTests
{
    private static readonly string[] _requirementRows =
        ["Requirement Required Credited Outcome", "Total 50 hours 79.5 hours", "12.5 hours 18 hours",
            "5 hours 61.5 hours", "Short by 5 hours", "RP + MO 25 hours"];

    private static readonly string[] _totalRows =
        ["Category Name Credited", "Educational activities 18 hours", "Reviewing performance 61.5 hours",
            "Measuring outcomes 0 hours", "Total 79.5 hours"];

    public static TheoryData<int> Lengths => new(Enumerable.Range(1, 36));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void ShortTablesAreNeverSplitAndTheStatementNeverLeavesOneRowAloneOnAPage(int lines)
    {
        var model = SampleModels.Summary(lines, notCredited: SampleModels.ApologiesAndAbsences);
        var pages = PdfText.Pages(new AnnualSummaryDocument(model).Render());

        Assert.Single(_requirementRows.SelectMany(row => PdfText.PagesWith(pages, row)).Distinct());
        Assert.Single(_totalRows.SelectMany(row => PdfText.PagesWith(pages, row)).Distinct());
        Assert.Single(new[] { "17 Feb 2026", "12 May 2026", "8 Sep 2026" }
            .SelectMany(date => PdfText.PagesWith(pages, $"{date} Wellington Tuesday evening")).Distinct());
        var statementRowsPerPage = pages
            .Select(page => Enumerable.Range(1, lines).Count(i => page.Contains($"why-{i:000}")))
            .Where(n => n > 0);
        Assert.All(statementRowsPerPage, n => Assert.True(lines < 2 || n >= 2, $"a page holds {n} statement row(s)"));
    }
}
