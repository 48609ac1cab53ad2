using CpdTracker.Reports.Documents;
using UglyToad.PdfPig;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class InterimStatementDocumentTests
{
    [Fact]
    public void InterimStatementSaysInterimNotACertificateOnEveryPage()
    {
        var pages = PdfText.Pages(
            new InterimStatementDocument(SampleModels.Summary(30, withCertificate: false)).Render());

        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.Contains("Interim — not a certificate", page));
        Assert.Contains("Credit recorded up to 15 January 2027.", pages[0]);
    }

    [Fact]
    public void InterimStatementPrintsNoCertificateNumberEvenWhenTheModelHasOne()
    {
        var text = PdfText.All(new InterimStatementDocument(SampleModels.Summary(5, withCertificate: true)).Render());

        Assert.DoesNotContain("BSANZ-2026-S-00091", text);
        Assert.DoesNotContain("ABCD-EFGH", text);
        Assert.DoesNotContain("Certificate number", text);
    }

    [Fact]
    public void InterimStatementKeepsTheSummaryLayout()
    {
        var pdf = new InterimStatementDocument(SampleModels.Summary(5, withCertificate: false)).Render();
        var text = PdfText.All(pdf);

        Assert.Contains("Date Activity Kind Role Min Category Amount", text);
        Assert.Contains("MO 5 hours 0 hours Short by 5 hours", PdfText.Lines(pdf));
        Assert.Contains("RACGP-2023, version 3", text);
        Assert.Contains("This statement covers only activities recorded by the Balint Society", text);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Interim CPD statement — Mere Tūhoe-Ngāwai", document.Information.Title);
    }
}
