using CpdTracker.Domain.Meetings;
using CpdTracker.Reports.Documents;
using UglyToad.PdfPig;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class AttendanceCertificateDocumentTests
{
    private static byte[] Render(bool racgpAccredited = true) =>
        new AttendanceCertificateDocument(SampleModels.Attendance(racgpAccredited)).Render();

    [Fact]
    public void CertificateNamesTheMemberWithMacronsTheirProfessionAndCollegeNumbers()
    {
        var text = PdfText.All(Render());

        Assert.Contains("Mere Tūhoe-Ngāwai", text);
        Assert.Contains("General practitioner", text);
        Assert.Contains("RACGP 512345", text);
        Assert.Contains("ACRRM AC-20931", text);
        Assert.Contains("RNZCGP NZ-7781", text);
    }

    [Fact]
    public void CertificateDescribesTheMeetingInItsLocalTime()
    {
        var text = PdfText.All(Render());

        Assert.Contains("Certificate of attendance", text);
        Assert.Contains("Wellington Tuesday evening Balint group", text);
        Assert.Contains("Balint group meeting", text);
        Assert.Contains("Dr Aroha Pōtae", text);
        Assert.Contains("Dr James O’Connell", text);
        Assert.Contains("4 March 2026", text);
        Assert.Contains("7:30 pm NZDT", text);
        Assert.Contains("In person, Wellington", text);
        Assert.Equal(2, PdfText.Lines(Render()).Count(l => l.Contains("90 minutes")));
    }

    [Fact]
    public void CertificateCreditTableHasOneRowPerCollegeWithRuleSetCategoryAndAmount()
    {
        var pdf = Render();

        Assert.Contains("RACGP-2023 Reviewing performance (RP) 1.5 hours", PdfText.LineWith(pdf, "RACGP-2023"));
        Assert.Contains("ACRRM-2023 Performance review (PR) 1.5 hours", PdfText.LineWith(pdf, "ACRRM-2023"));
        Assert.Contains("RNZCGP-TW Reviewing practice (RP) 1.5 credits", PdfText.LineWith(pdf, "RNZCGP-TW"));
    }

    [Fact]
    public void CertificateCarriesItsNumberVerificationCodeAddressActivityNumbersAndIssueDate()
    {
        var text = PdfText.All(Render());

        Assert.Contains("BSANZ-2026-000417", text);
        Assert.Contains("Verification code ABCD-EFGH", text);
        Assert.Contains("https://cpd.balintanz.org/verify/ABCD-EFGH", text);
        Assert.Contains("RACGP 1234567", text);
        Assert.Contains("ACRRM ACR-88812", text);
        Assert.Contains("Issued by Balint Society of Australia and New Zealand", text);
        Assert.Contains("Date of issue 5 March 2026", text);
    }

    [Theory]
    [InlineData(AttendanceRole.Participant, "Participant")]
    [InlineData(AttendanceRole.Leader, "Leader")]
    [InlineData(AttendanceRole.CoLeader, "Co-leader")]
    [InlineData(AttendanceRole.Presenter, "Presenter")]
    public void CertificatePrintsTheRoleTheHolderAttendedInInPlainWords(AttendanceRole role, string words)
    {
        var pdf = new AttendanceCertificateDocument(SampleModels.Attendance() with { Role = role }).Render();

        Assert.Contains($"Role {words}", PdfText.Lines(pdf));
        Assert.Contains($"attended as {words.ToLowerInvariant()}", PdfText.Lines(pdf));
    }

    [Fact]
    public void ActivityHoldingARacgpNumberCarriesTheRacgpWording()
    {
        Assert.Contains(DocumentPartsWording, PdfText.All(Render(racgpAccredited: true)));
    }

    [Fact]
    public void ActivityWithoutARacgpNumberDoesNotClaimRacgpApproval()
    {
        Assert.DoesNotContain("RACGP-approved", PdfText.All(Render(racgpAccredited: false)));
    }

    [Fact]
    public void CertificateMetadataNamesTheDocumentTheSocietyAndTheIssueDate()
    {
        using var document = PdfDocument.Open(Render());

        Assert.Equal("Certificate of attendance — Mere Tūhoe-Ngāwai", document.Information.Title);
        Assert.Equal("Balint Society of Australia and New Zealand", document.Information.Author);
        Assert.Equal("CpdTracker", document.Information.Creator);
        Assert.Contains("BSANZ-2026-000417", document.Information.Subject);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero),
            document.Information.GetCreatedDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero),
            document.Information.GetModifiedDateTimeOffset());
    }

    [Fact]
    public void RenderingTheSameCertificateTwiceGivesIdenticalBytes()
    {
        var first = Render();
        var second = Render();

        Assert.Equal(first, second);
    }

    [Fact]
    public void CertificateIsOnePageOfA4AndAtMost40Kilobytes()
    {
        var pdf = Render();
        using var document = PdfDocument.Open(pdf);

        // Measured: 36,612 bytes with the two Noto Sans subsets embedded.
        Assert.InRange(pdf.Length, 1, 40 * 1024);
        var page = Assert.Single(document.GetPages());
        Assert.Equal(595, page.Width);
        Assert.Equal(842, page.Height);
        Assert.Contains("Page 1 of 1", page.Text);
    }

    [Fact]
    public void CertificateUsesOnlyTheEmbeddedNotoSansSubsets()
    {
        using var document = PdfDocument.Open(Render());

        var fonts = document.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.Contains("NotoSans", font));
    }

    private const string DocumentPartsWording = "This is an RACGP-approved CPD activity under the RACGP CPD Program.";
}
