using CpdTracker.Reports.Documents;
using QRCoder;
using UglyToad.PdfPig;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class QrCodeInPdfTests
{
    public static TheoryData<string> Certified => ["certificate", "workshop-certificate", "annual-summary"];

    [Theory]
    [MemberData(nameof(Certified))]
    public void QrCodeDrawnOnTheLastPageIsQrCodersCodeForTheVerificationAddressModuleForModule(string document)
    {
        using var data = QRCodeGenerator.GenerateQrCode(SampleModels.Certificate.VerifyUrl, QRCodeGenerator.ECCLevel.M);
        using var pdf = PdfDocument.Open(Render(document));

        var drawn = PdfQr.Modules(pdf.GetPages().Last(), data.ModuleMatrix.Count);

        for (var y = 0; y < data.ModuleMatrix.Count; y++)
        {
            for (var x = 0; x < data.ModuleMatrix.Count; x++)
            {
                Assert.True(data.ModuleMatrix[y][x] == drawn[y, x], $"module ({x}, {y}) differs");
            }
        }
        Assert.Contains("Scan to verify", PdfText.All(Render(document)));
    }

    [Theory]
    [MemberData(nameof(Certified))]
    public void QrCodeIsOneVectorPathNotAnImage(string document)
    {
        using var pdf = PdfDocument.Open(Render(document));

        Assert.All(pdf.GetPages(), page => Assert.Empty(page.GetImages()));
        Assert.InRange(PdfQr.RectangleCount(pdf.GetPages().Last()), 100, 400);
    }

    [Fact]
    public void InterimStatementHasNoQrCodeForItHasNothingToVerify()
    {
        var pdf = new InterimStatementDocument(SampleModels.Summary(5, withCertificate: true)).Render();
        using var document = PdfDocument.Open(pdf);

        Assert.DoesNotContain("Scan to verify", PdfText.All(pdf));
        Assert.All(document.GetPages(), page => Assert.DoesNotContain(page.Paths, p => p.IsFilled && p.Count > 20));
    }

    private static byte[] Render(string document) => document switch
    {
        "certificate" => new AttendanceCertificateDocument(SampleModels.Attendance()).Render(),
        "workshop-certificate" => new WorkshopCertificateDocument(SampleModels.Workshop()).Render(),
        _ => new AnnualSummaryDocument(SampleModels.Summary(5)).Render(),
    };
}
