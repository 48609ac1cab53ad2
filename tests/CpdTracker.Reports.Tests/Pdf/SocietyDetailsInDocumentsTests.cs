using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;
using SkiaSharp;
using UglyToad.PdfPig;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class SocietyDetailsInDocumentsTests
{
    private const string ContactLine =
        "BSANZ · PO Box 1234, Carlton South VIC 3053, Australia · ABN 12 345 678 901 · cpd@balintanz.org · " +
        "balintanz.org";

    private static byte[] Certificate(SocietyDetails society) =>
        new AttendanceCertificateDocument(SampleModels.Attendance() with { Society = society }).Render();

    [Fact]
    public void EveryPageOfASummaryNamesTheSocietyAndGivesItsAddressAbnEmailAndWebsite()
    {
        var pages = PdfText.Pages(new AnnualSummaryDocument(SampleModels.Summary(40)).Render());

        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.Contains("Balint Society of Australia and New Zealand", page));
        Assert.All(pages, page => Assert.Contains(ContactLine, page));
    }

    [Fact]
    public void ContactDetailsComeFromTheModelAndAnAbsentBusinessNumberLeavesNoGap()
    {
        var society = new SocietyDetails("Balint Society of Aotearoa", "BSA",
            "12 Example Street\r\nTe Aro\nWellington 6011", null,
            "hello@balint.example.nz", "balint.example.nz");

        var text = PdfText.All(Certificate(society));

        Assert.Contains(
            "BSA · 12 Example Street, Te Aro, Wellington 6011 · hello@balint.example.nz · balint.example.nz", text);
        Assert.Contains("Issued by Balint Society of Aotearoa", text);
        Assert.DoesNotContain("ABN", text);
        Assert.DoesNotContain("Australia and New Zealand", text);
    }

    [Fact]
    public void CertificateWithLogoAndSignatureEmbedsEachOnceAndNamesTheSignatoryAndTitle()
    {
        var pdf = Certificate(SampleModels.SocietyWithArt());
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var images = page.GetImages().OrderBy(i => i.BoundingBox.Bottom).ToList();

        Assert.Equal(2, images.Count);
        // The signature sits low on the page; the logo heads it at the left margin.
        Assert.True(images[0].BoundingBox.Top < 300);
        Assert.True(images[1].BoundingBox.Bottom > 842 - 48 - 40 && images[1].BoundingBox.Left < 60);
        var text = PdfText.All(pdf);
        Assert.Contains(SampleModels.SignatoryName, text);
        Assert.Contains("President, Balint Society of Australia and New Zealand", text);
    }

    [Fact]
    public void PngLogoAndSignatureAreEmbeddedLosslesslyAndKeepTheirColours()
    {
        using var document = PdfDocument.Open(Certificate(SampleModels.SocietyWithArt()));

        var images = document.GetPage(1).GetImages().ToList();

        Assert.All(images, image => Assert.Contains("/FlateDecode", image.ImageDictionary.ToString()));
        var logo = images.MaxBy(i => i.BoundingBox.Top)!;
        Assert.True(logo.TryGetPng(out var png));
        using var bitmap = SKBitmap.Decode(png);
        // The ring at the logo's left edge is drawn in the accent colour, 0x1D4E6B, exactly.
        Assert.Equal(new SKColor(0x1D, 0x4E, 0x6B), bitmap.GetPixel(12, 50));
    }

    [Fact]
    public void CertificateWithLogoAndSignatureIsOnePageOfAtMost60KilobytesAndRendersIdentically()
    {
        var society = SampleModels.SocietyWithArt();

        var first = Certificate(society);
        var signatory = society.Signatory! with { SignatureImage = SampleArt.Signature() };
        var second = Certificate(society with { Logo = SampleArt.Logo(), Signatory = signatory });

        // Measured: 54,382 bytes (the fonts about 29 KB, logo and signature 14.5 KB, the QR code 2 KB).
        Assert.InRange(first.Length, 1, 60 * 1024);
        Assert.Equal(first, second);
        Assert.Contains("Page 1 of 1", PdfText.All(first));
    }

    [Fact]
    public void CertificatesWithLogoAndSignatureRenderedOnManyThreadsAtOnceAreIdentical()
    {
        // Fresh arrays of the same images: decoded images are shared by content, not by array.
        var renders = new byte[16][];

        Parallel.For(0, renders.Length, i => renders[i] = Certificate(SampleModels.SocietyWithArt()));

        Assert.All(renders, pdf => Assert.Equal(renders[0], pdf));
        using var document = PdfDocument.Open(renders[0]);
        Assert.Equal(2, document.GetPage(1).GetImages().Count());
    }

    [Fact]
    public void SignatoryWithoutASignatureImageIsNamedWithoutAnImage()
    {
        var pdf = Certificate(SocietyDetails.Sample with { Signatory = new Signatory("Dr Aroha Pōtae", "Registrar") });
        using var document = PdfDocument.Open(pdf);

        Assert.Empty(document.GetPage(1).GetImages());
        Assert.Contains("Signed for the society by", PdfText.All(pdf));
        Assert.Contains("Registrar, Balint Society of Australia and New Zealand", PdfText.All(pdf));
    }

    [Fact]
    public void WithoutASignatoryThereIsNoSignatureBlock()
    {
        var text = PdfText.All(Certificate(SocietyDetails.Sample));

        Assert.DoesNotContain("Signed for the society", text);
        Assert.DoesNotContain("President", text);
    }

    [Fact]
    public void OversizedLogoIsScaledDownBeforeItIsEmbedded()
    {
        var pdf = Certificate(SocietyDetails.Sample with { Logo = SampleArt.Logo(3000, 1000) });
        using var document = PdfDocument.Open(pdf);

        var logo = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal(136, logo.HeightInSamples);
        Assert.Equal(408, logo.WidthInSamples);
        Assert.InRange(pdf.Length, 1, 60 * 1024);
    }

    [Fact]
    public void JpegLogoIsEmbeddedAsIs()
    {
        using var bitmap = SKBitmap.Decode(SampleArt.Logo());
        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);

        using var document = PdfDocument.Open(Certificate(SocietyDetails.Sample with { Logo = jpeg.ToArray() }));

        var logo = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal(300, logo.WidthInSamples);
        Assert.Contains("DCTDecode", logo.ImageDictionary.ToString());
    }

    [Fact]
    public void LogoThatIsNotAnImageIsRefusedWithAMessageNamingIt()
    {
        var society = SocietyDetails.Sample with { Logo = "<svg/>"u8.ToArray() };

        var error = Assert.Throws<ArgumentException>(() => Certificate(society));

        Assert.Contains("society's logo", error.Message);
    }
}
