using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

// Pieces several documents share, so certificates and summaries look like one family.
internal static class DocumentParts
{
    public const string RacgpWording = "This is an RACGP-approved CPD activity under the RACGP CPD Program.";

    public static IBlock Header(SocietyDetails society, string document, string right) => new Stack(
        new Columns(
        [
            (new Stack(new TextBlock(society.Name, TextStyle.BodyBold.WithColor(PdfColors.Accent)), new TextBlock(document, TextStyle.Muted)), 3),
            (new TextBlock(right, TextStyle.Muted, HorizontalAlign.Right), 2),
        ]),
        new Spacer(4),
        new RuleLine(1.2f, PdfColors.Accent));

    public static IBlock Footer(string left, PageInfo page) => new Stack(
        new RuleLine(),
        new Spacer(4),
        new Columns(
        [
            (new TextBlock(left, TextStyle.Muted), 4),
            (new TextBlock(page.Label, TextStyle.Muted, HorizontalAlign.Right), 1),
        ]));

    public static IBlock Heading(string text) => new TextBlock(text, TextStyle.Heading) { KeepWithNext = true };

    public static IBlock Centered(string text, TextStyle style) => new TextBlock(text, style, HorizontalAlign.Center);

    public static IBlock CreditTable(IEnumerable<CreditLine> credits) => new Table(
        [
            new("College", 1.1f),
            new("Rule set", 1.4f),
            new("Category", 3.2f),
            new("Credit", 1.3f, HorizontalAlign.Right),
        ],
        credits
            .Select(c => new TableRow([c.College, c.RuleSetCode, $"{c.CategoryName} ({c.CategoryCode})", DocumentFormat.Credit(c.Amount, c.Unit)]))
            .ToList());

    public static IBlock CertificateDetails(SocietyDetails society, CertificateReference certificate, DateOnly issueDate) => new KeyValueBlock(
    [
        ("Certificate number", certificate.Number),
        ("Verification code", certificate.VerificationCode),
        ("Verify at", certificate.VerifyUrl),
        ("Issued by", $"{society.Name}, {DocumentFormat.Date(issueDate)}"),
    ]);

    public static string CertificateHeaderText(CertificateReference certificate, DateOnly issueDate) =>
        $"Certificate {certificate.Number}\nIssued {DocumentFormat.Date(issueDate)}";

    public static IBlock? RacgpStatement(bool holdsRacgpActivityNumber) => holdsRacgpActivityNumber
        ? new Boxed(new TextBlock(RacgpWording, TextStyle.BodyBold), PdfColors.AccentTint, PdfColors.Accent, 7)
        : null;

    public static string FooterText(CertificateReference certificate) =>
        $"Certificate {certificate.Number}  ·  verify at {certificate.VerifyUrl}";
}
