using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

// The end of every certified document: its number and verification details beside a QR code of the verification
// address, and the signatory, when one is configured, under them.
internal sealed class CertificateSection(SocietyDetails society, SocietyArt art, CertificateReference certificate,
    DateOnly issueDate) : IBlock
{
    public const string ScanToVerify = "Scan to verify";
    private const float QrSize = 80;
    private const float SignatureMaxWidth = 130;

    public IReadOnlyList<Fragment> Layout(float width) => new Stack(
        DocumentParts.Heading("Certificate"),
        new Spacer(6),
        new Columns(
        [
            new(new Stack([Details(), Signature()], spacing: 10)),
            Column.Fixed(new QrCode(certificate.VerifyUrl, QrSize, ScanToVerify), QrSize),
        ])).Layout(width);

    private KeyValueBlock Details() => new(
    [
        ("Certificate number", certificate.Number),
        ("Verification code", certificate.VerificationCode),
        ("Verify at", certificate.VerifyUrl),
        ("Issued by", society.Name),
        ("Date of issue", DocumentFormat.Date(issueDate)),
    ]);

    // The signature on its line with the signatory's name and title beside it; without a
    // signature image, the name alone.
    private IBlock? Signature()
    {
        if (society.Signatory is not { } signatory)
        {
            return null;
        }
        var name = new Stack(new TextBlock(signatory.Name, TextStyle.BodyBold),
            new TextBlock($"{signatory.Title}, {society.Name}", TextStyle.Muted));
        if (art.Signature is not { } signature)
        {
            return new Stack(new TextBlock("Signed for the society by", TextStyle.Muted), name);
        }
        return new Columns(
        [
            Column.Fixed(new Stack(new ImageBlock(signature, SocietyArt.SignatureHeight),
                new RuleLine(0.5f, PdfColors.Muted)),
                ImageBlock.WidthAt(signature, SocietyArt.SignatureHeight, SignatureMaxWidth)),
            new(name),
        ])
        { CenterVertically = true };
    }
}
