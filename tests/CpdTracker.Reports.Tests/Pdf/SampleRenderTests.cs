using CpdTracker.Reports.Documents;
using UglyToad.PdfPig;

namespace CpdTracker.Reports.Tests.Pdf;

// Renders the four documents as the README shows them (sample logo and signatory) and writes them beside the test
// assembly, or to CPD_RENDER_DIR, where pdftoppm turns them into docs/images/*.png.
public sealed class SampleRenderTests
{
    private static readonly string _directory = Environment.GetEnvironmentVariable("CPD_RENDER_DIR") is { Length: > 0 } dir
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "renders");

    public static TheoryData<string> Documents => ["certificate", "workshop-certificate", "annual-summary", "interim-statement"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void SampleDocumentWithLogoAndSignatoryRendersWithTheSocietyOnEveryPage(string name)
    {
        var pdf = Render(name);
        Directory.CreateDirectory(_directory);
        File.WriteAllBytes(Path.Combine(_directory, $"{name}.pdf"), pdf);

        var pages = PdfText.Pages(pdf);
        Assert.All(pages, page => Assert.Contains("BSANZ · PO Box 1234, Carlton South VIC 3053, Australia · ABN 12 345 678 901", page));
        Assert.Equal(name != "interim-statement", pages[^1].Contains(SampleModels.SignatoryName));
        Assert.Equal(name != "interim-statement", pages[^1].Contains("President, Balint Society of Australia and New Zealand"));
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
            "certificate" => new AttendanceCertificateDocument(SampleModels.Attendance() with { Society = society }).Render(),
            "workshop-certificate" => new WorkshopCertificateDocument(SampleModels.Workshop() with { Society = society }).Render(),
            "annual-summary" => new AnnualSummaryDocument(SampleModels.Summary(12, notCredited: SampleModels.ApologiesAndAbsences) with { Society = society }).Render(),
            _ => new InterimStatementDocument(SampleModels.Summary(8, withCertificate: false, notCredited: SampleModels.ApologiesAndAbsences) with { Society = society }).Render(),
        };
    }
}
