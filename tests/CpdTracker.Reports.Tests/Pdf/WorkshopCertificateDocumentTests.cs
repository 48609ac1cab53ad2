using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class WorkshopCertificateDocumentTests
{
    [Fact]
    public void WorkshopCertificateListsEverySessionWithDateTimeKindTitleRoleAndMinutes()
    {
        var pdf = new WorkshopCertificateDocument(SampleModels.Workshop()).Render();

        Assert.Contains("6 Mar 2026 9:00 am AEDT Workshop plenary Opening plenary: the doctor as drug Participant 60",
            PdfText.LineWith(pdf, "Opening plenary"));
        Assert.Contains("6 Mar 2026 10:30 am AEDT Workshop small group Small group 1 Participant 90",
            PdfText.LineWith(pdf, "Small group 1"));
        Assert.Contains("7 Mar 2026 9:00 am AEDT Workshop plenary Plenary: leading groups online Presenter 45",
            PdfText.LineWith(pdf, "leading groups"));
        Assert.Contains("7 Mar 2026 10:00 am AEDT Workshop small group Small group 3 Co-leader 90",
            PdfText.LineWith(pdf, "Small group 3"));
        Assert.Contains("5 sessions, 375 minutes", PdfText.All(pdf));
        Assert.Contains("6 March 2026 – 7 March 2026", PdfText.All(pdf));
    }

    [Fact]
    public void WorkshopCertificateTotalsCreditPerCollegeAndCategory()
    {
        var model = SampleModels.Workshop() with
        {
            Credits =
            [
                new("RACGP", "RACGP-2023", "RP", "Reviewing performance", 1.5m, "hours"),
                new("RACGP", "RACGP-2023", "RP", "Reviewing performance", 3m, "hours"),
                new("RACGP", "RACGP-2023", "EA", "Educational activities", 1.75m, "hours"),
                new("ACRRM", "ACRRM-2023", "PR", "Performance review", 4.5m, "hours"),
            ],
        };

        var lines = PdfText.Lines(new WorkshopCertificateDocument(model).Render());

        Assert.Contains(lines, l => l.EndsWith("RACGP-2023 Reviewing performance (RP) 4.5 hours"));
        Assert.Contains(lines, l => l.EndsWith("RACGP-2023 Educational activities (EA) 1.75 hours"));
        Assert.Contains(lines, l => l.EndsWith("ACRRM-2023 Performance review (PR) 4.5 hours"));
        Assert.Single(lines, l => l.Contains("Reviewing performance (RP)"));
    }

    [Fact]
    public void RacgpAccreditedWorkshopCertificateCarriesWordingNumberAndVerification()
    {
        var pdf = new WorkshopCertificateDocument(SampleModels.Workshop()).Render();
        var text = PdfText.All(pdf);

        Assert.Contains("This is an RACGP-approved CPD activity under the RACGP CPD Program.", text);
        Assert.Contains("RACGP 7654321", text);
        Assert.Contains("BSANZ-2026-000418", text);
        Assert.Contains("https://cpd.balintanz.org/verify/ABCD-EFGH", text);
        Assert.Contains("Page 1 of 1", text);
        Assert.InRange(pdf.Length, 1, 40 * 1024);
    }

    [Fact]
    public void RenderingTheSameWorkshopCertificateTwiceGivesIdenticalBytes()
    {
        var model = SampleModels.Workshop();

        var first = new WorkshopCertificateDocument(model).Render();
        var second = new WorkshopCertificateDocument(model).Render();

        Assert.Equal(first, second);
    }

    [Fact]
    public void WorkshopWithManySessionsFlowsOntoMorePagesWithoutSplittingASession()
    {
        var model = SampleModels.Workshop();
        var sessions = Enumerable.Range(1, 40)
            .Select(i => model.Sessions[i % model.Sessions.Count] with { Title = $"Group session number {i:00}" })
            .ToList();

        var pages = PdfText.Pages(new WorkshopCertificateDocument(model with { Sessions = sessions }).Render());

        Assert.True(pages.Count > 1);
        Assert.All(Enumerable.Range(1, 40),
            i => Assert.Single(PdfText.PagesWith(pages, $"Group session number {i:00}")));
        Assert.All(pages.Skip(1).Where(p => p.Contains("Group session number")),
            page => Assert.Contains("Date Start Kind Session Role Minutes", page));
    }
}
