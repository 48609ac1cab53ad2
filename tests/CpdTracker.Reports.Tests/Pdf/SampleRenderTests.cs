using CpdTracker.Domain.Meetings;
using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;
using UglyToad.PdfPig;

namespace CpdTracker.Reports.Tests.Pdf;

// Renders the four documents as the README shows them (sample logo and signatory) and writes them beside the test
// assembly, or to CPD_RENDER_DIR, where `pdftoppm -png -r 60 -f 1 -l 1` turns them into docs/images/*.png.
public sealed class SampleRenderTests
{
    private static readonly string _directory =
        Environment.GetEnvironmentVariable("CPD_RENDER_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "renders");

    public static TheoryData<string> Documents =>
        ["certificate", "workshop-certificate", "annual-summary", "interim-statement"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void SampleDocumentWithLogoAndSignatoryRendersWithTheSocietyOnEveryPage(string name)
    {
        var pdf = Render(name);
        Directory.CreateDirectory(_directory);
        File.WriteAllBytes(Path.Combine(_directory, $"{name}.pdf"), pdf);

        var pages = PdfText.Pages(pdf);
        Assert.All(pages, page =>
            Assert.Contains("BSANZ · PO Box 1234, Carlton South VIC 3053, Australia · ABN 12 345 678 901", page));
        Assert.Equal(name != "interim-statement", pages[^1].Contains(SampleModels.SignatoryName));
        Assert.Equal(name != "interim-statement",
            pages[^1].Contains("President, Balint Society of Australia and New Zealand"));
        // The logo heads every page; the signature is drawn once, on the last.
        using var document = PdfDocument.Open(pdf);
        var images = document.GetPages().Select(page => page.GetImages().Count()).ToList();
        Assert.All(images.SkipLast(1), count => Assert.Equal(1, count));
        Assert.Equal(name == "interim-statement" ? 1 : 2, images[^1]);
    }

    private static byte[] Render(string name)
    {
        var society = SampleModels.SocietyWithArt();
        return name switch
        {
            "certificate" =>
                new AttendanceCertificateDocument(SampleModels.Attendance() with { Society = society }).Render(),
            "workshop-certificate" =>
                new WorkshopCertificateDocument(SampleModels.Workshop() with { Society = society }).Render(),
            "annual-summary" => new AnnualSummaryDocument(Summary() with { Society = society }).Render(),
            _ => new InterimStatementDocument(
                Summary() with { Society = society, IssueDate = new DateOnly(2026, 6, 1), Certificate = null })
                .Render(),
        };
    }

    // A short year whose totals and requirements add up, so the picture reads as a real summary.
    private static AnnualSummary Summary()
    {
        const string group = "Wellington Tuesday evening Balint group";
        return SampleModels.Summary(1) with
        {
            Lines =
            [
                new(new DateOnly(2026, 2, 3), group, ActivityKind.GroupMeeting, AttendanceRole.Participant, 90, "RP",
                    1.5m, "90 of 90 min at 1 h/h → 1.5 h RP"),
                new(new DateOnly(2026, 3, 6), "Blue Mountains workshop: opening plenary", ActivityKind.WorkshopPlenary,
                    AttendanceRole.Participant, 60, "EA", 1m, "60 of 60 min at 1 h/h → 1 h EA"),
                new(new DateOnly(2026, 3, 17), group, ActivityKind.GroupMeeting, AttendanceRole.Presenter, 90, "RP",
                    1.5m, "90 of 90 min at 1 h/h → 1.5 h RP"),
                new(new DateOnly(2026, 4, 14), group, ActivityKind.GroupMeeting, AttendanceRole.Participant, 20, "RP",
                    0m, "20 of 90 min is below the 30-minute minimum → no credit"),
                new(new DateOnly(2026, 5, 12), group, ActivityKind.GroupMeeting, AttendanceRole.Participant, 90, "RP",
                    1.5m, "90 of 90 min at 1 h/h → 1.5 h RP"),
            ],
            NotCredited =
            [
                new(new DateOnly(2026, 2, 17), group, ActivityKind.GroupMeeting, AttendanceStatus.Apology),
                new(new DateOnly(2026, 4, 28), group, ActivityKind.GroupMeeting, AttendanceStatus.Absent),
            ],
            Totals = [new("EA", "Educational activities", 1m), new("MO", "Measuring outcomes", 0m),
                new("RP", "Reviewing performance", 4.5m)],
            Requirements = [new("Total", 50m, 5.5m), new("EA", 12.5m, 1m), new("RP", 5m, 4.5m), new("MO", 5m, 0m),
                new("RP + MO", 25m, 4.5m)],
        };
    }
}
