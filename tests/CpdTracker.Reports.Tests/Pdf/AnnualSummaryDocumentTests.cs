using CpdTracker.Reports.Documents;
using UglyToad.PdfPig;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class AnnualSummaryDocumentTests
{
    private const string StatementHeader = "Date Activity Kind Role Min Category Amount";
    private const int BusyYear = 40;

    private static byte[] Render(int lines = BusyYear) => new AnnualSummaryDocument(SampleModels.Summary(lines))
        .Render();

    [Fact]
    public void BusyMembersSummaryRunsToFourPagesEachNumberedPageXOfY()
    {
        var pages = PdfText.Pages(Render());

        Assert.Equal(4, pages.Count);
        Assert.All(pages.Select((page, i) => (page, i)), p => Assert.Contains($"Page {p.i + 1} of 4", p.page));
    }

    [Fact]
    public void StatementTableHeaderAndPageHeaderRepeatOnEveryPage()
    {
        var pages = PdfText.Pages(Render());

        var withStatementRows = pages.Where(page => page.Contains("Session 0")).ToList();
        Assert.True(withStatementRows.Count >= 3);
        Assert.All(withStatementRows, page => Assert.Contains(StatementHeader, page));
        Assert.All(pages, page => Assert.Contains("Balint Society of Australia and New Zealand", page));
        Assert.All(pages, page => Assert.Contains("Mere Tūhoe-Ngāwai · RACGP", page));
        Assert.Contains("Session 040", withStatementRows[^1]);
    }

    [Fact]
    public void NoStatementRowIsSplitAcrossPages()
    {
        var pages = PdfText.Pages(Render());

        foreach (var i in Enumerable.Range(1, BusyYear))
        {
            var activityPage = Assert.Single(PdfText.PagesWith(pages, $"Session {i:000}"));
            var explanationPage = Assert.Single(PdfText.PagesWith(pages, $"why-{i:000}"));
            Assert.Equal(activityPage, explanationPage);
        }
    }

    [Fact]
    public void SummaryShowsEachCreditedLineWithItsExplanation()
    {
        var pdf = Render();
        var text = PdfText.All(pdf);

        Assert.Contains("6 Jan 2026 Session 001", PdfText.LineWith(pdf, "Session 001"));
        Assert.Contains("Participant 90 RP 1.5 90 of 90 min at 1 h/h → 1.5 h,", text);
        Assert.Contains("Participant 20 RP 0 20 of 90 min is below the 30-minute", text);
        Assert.Contains("Presenter 90 RP 1.5", text);
    }

    [Fact]
    public void SummaryShowsTotalsByCategoryAndEachRequirementMetOrShortByHowMuch()
    {
        var pdf = Render();

        Assert.Contains("RP Reviewing performance 61.5 hours", PdfText.LineWith(pdf, "Reviewing performance"));
        Assert.Contains("EA Educational activities 18 hours", PdfText.LineWith(pdf, "Educational activities"));
        Assert.Contains("Total 79.5 hours", PdfText.Lines(pdf));
        Assert.Contains("Total 50 hours 79.5 hours Met", PdfText.Lines(pdf));
        Assert.Contains("MO 5 hours 0 hours Short by 5 hours", PdfText.Lines(pdf));
        Assert.Contains("RP + MO 25 hours 61.5 hours Met", PdfText.Lines(pdf));
    }

    [Fact]
    public void SummaryNamesItsRuleSetVersionCertificateAndVerificationCode()
    {
        var text = PdfText.All(Render());

        Assert.Contains("RACGP-2023, version 3 (credit in hours)", text);
        Assert.Contains("1 January 2026 – 31 December 2026", text);
        Assert.Contains("RACGP, member number 512345", text);
        Assert.Contains("Certificate number BSANZ-2026-S-00091", text);
        Assert.Contains("Verification code ABCD-EFGH", text);
        Assert.DoesNotContain("Interim", text);
    }

    [Fact]
    public void SummarySaysItCoversOnlyActivitiesTheSocietyRecorded()
    {
        var text = PdfText.All(Render(5)).Replace("\n", " ");

        Assert.Contains(
            "This summary covers only activities recorded by the Balint Society of Australia and New Zealand; " +
            "it is not a complete record of your CPD.", text);
    }

    [Fact]
    public void ApologiesAndAbsencesAreListedApartAfterTheCreditedActivities()
    {
        var pdf = new AnnualSummaryDocument(SampleModels.Summary(5, notCredited: SampleModels.ApologiesAndAbsences))
            .Render();
        var lines = PdfText.Lines(pdf);

        var heading = lines.ToList().IndexOf("Not credited: apologies and absences");
        Assert.True(heading > lines.ToList().FindIndex(l => l.Contains("why-005")), "after the last credited line");
        Assert.Equal("Date Activity Kind Status", lines[heading + 1]);
        Assert.Equal("17 Feb 2026 Wellington Tuesday evening Balint group Balint group meeting Apology",
            lines[heading + 2]);
        Assert.Equal("12 May 2026 Wellington Tuesday evening Balint group Balint group meeting Absent",
            lines[heading + 3]);
        Assert.Equal("8 Sep 2026 Wellington Tuesday evening Balint group Balint group meeting Apology",
            lines[heading + 4]);
        Assert.Equal("Totals by category", lines[heading + 5]);
    }

    [Fact]
    public void SummaryWithoutApologiesOrAbsencesHasNoNotCreditedSection()
    {
        Assert.DoesNotContain("Not credited", PdfText.All(Render(5)));
    }

    [Fact]
    public void SummaryMetadataNamesTheSummaryAndTheSociety()
    {
        using var document = PdfDocument.Open(Render());

        Assert.Equal("Annual CPD summary — Mere Tūhoe-Ngāwai", document.Information.Title);
        Assert.Equal("Balint Society of Australia and New Zealand", document.Information.Author);
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 0, 0, 0, TimeSpan.Zero),
            document.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void RenderingTheSameSummaryTwiceGivesIdenticalBytes()
    {
        var first = Render();
        var second = Render();

        Assert.Equal(first, second);
    }

    [Fact]
    public void AnnualSummaryWithoutACertificateIsRefused()
    {
        var model = SampleModels.Summary(3, withCertificate: false);

        Assert.Throws<ArgumentException>(() => new AnnualSummaryDocument(model));
    }
}
