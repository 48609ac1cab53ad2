using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

// Pieces several documents share, so certificates and summaries look like one family.
internal static class DocumentParts
{
    public const string RacgpWording = "This is an RACGP-approved CPD activity under the RACGP CPD Program.";
    public const string AttendanceOnly = "Attendance only: no college CPD credit is claimed on this certificate.";
    private const float LogoMaxWidth = 150;

    public static IBlock Header(SocietyDetails society, SocietyArt art, string document, string right)
    {
        var title = new Stack(new TextBlock(society.Name, TextStyle.BodyBold.WithColor(PdfColors.Accent)),
            new TextBlock(document, TextStyle.Muted));
        List<Column> columns = [new(title, 3), new(new TextBlock(right, TextStyle.Muted, HorizontalAlign.Right), 2)];
        if (art.Logo is { } logo)
        {
            columns.Insert(0,
                Column.Fixed(new ImageBlock(logo, SocietyArt.LogoHeight),
                    ImageBlock.WidthAt(logo, SocietyArt.LogoHeight, LogoMaxWidth)));
        }
        return new Stack(new Columns(columns) { CenterVertically = true }, new Spacer(4),
            new RuleLine(1.2f, PdfColors.Accent));
    }

    public static IBlock Footer(SocietyDetails society, string left, PageInfo page) => new Stack(
        new RuleLine(),
        new Spacer(4),
        new Columns(
        [
            new(new TextBlock(left, TextStyle.Muted), 4),
            new(new TextBlock(page.Label, TextStyle.Muted, HorizontalAlign.Right), 1),
        ]),
        new TextBlock(ContactLine(society), TextStyle.Muted with { Size = 7 }));

    // Who issued the document and how to reach them, as an auditor checking it would look for.
    public static string ContactLine(SocietyDetails society)
    {
        var address = string.Join(", ", society.PostalAddress.ReplaceLineEndings("\n")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        string?[] parts = [society.ShortName, address, society.BusinessNumber, society.ContactEmail, society.Website];
        return string.Join("  ·  ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    // "<Title>: this certifies that <member> <attended> <activity> <when>", centred and
    // set close, as certificates open.
    public static IBlock CertificateIntro(
        string title, MemberDetails member, string attended, string activity, string when) => new Stack(
    [
        Centered(title, TextStyle.Title),
        new Spacer(6),
        Centered("This certifies that", TextStyle.Muted),
        Centered(member.FullName, TextStyle.Subtitle with { Size = 19 }),
        Centered(member.Profession, TextStyle.Body),
        member.Memberships.Count == 0 ? null
            : Centered(DocumentFormat.Memberships(member.Memberships), TextStyle.Small),
        new Spacer(8),
        Centered(attended, TextStyle.Muted),
        Centered(activity, TextStyle.Subtitle),
        Centered(when, TextStyle.Body),
        new Spacer(4),
    ], spacing: 1);

    public static IBlock Heading(string text) => new TextBlock(text, TextStyle.Heading) { KeepWithNext = true };

    public static IBlock Centered(string text, TextStyle style) => new TextBlock(text, style, HorizontalAlign.Center);

    // No table at all when there is no credit: an empty one would read as credit left out.
    public static IBlock CreditTable(IReadOnlyList<CreditLine> credits) => credits.Count == 0
        ? new Boxed(new TextBlock(AttendanceOnly, TextStyle.Body), PdfColors.Zebra, PdfColors.Rule, 7)
        : new Table(
            [
                new("College", 1.1f),
                new("Rule set", 1.4f),
                new("Category", 3.2f),
                new("Credit", 1.3f, HorizontalAlign.Right),
            ],
            credits
                .Select(c =>
                    new TableRow([c.College, c.RuleSetCode, $"{c.CategoryName} ({c.CategoryCode})",
                        DocumentFormat.Credit(c.Amount, c.Unit)]))
                .ToList());

    public static string CertificateHeaderText(CertificateReference certificate, DateOnly issueDate) =>
        $"Certificate {certificate.Number}\nIssued {DocumentFormat.Date(issueDate)}";

    public static IBlock? RacgpStatement(bool carriesRacgpWording) => carriesRacgpWording
        ? new Boxed(new TextBlock(RacgpWording, TextStyle.BodyBold), PdfColors.AccentTint, PdfColors.Accent, 7)
        : null;

    public static string FooterText(CertificateReference certificate) =>
        $"Certificate {certificate.Number}  ·  verify at {certificate.VerifyUrl}";
}
