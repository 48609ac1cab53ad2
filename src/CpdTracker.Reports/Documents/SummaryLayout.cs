using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;
using static CpdTracker.Reports.Documents.DocumentParts;

namespace CpdTracker.Reports.Documents;

// The layout an annual summary and an interim statement share; the interim one is marked on every page and has no
// certificate.
internal sealed class SummaryLayout(AnnualSummary model, bool interim)
{
    public const string InterimMark = "Interim — not a certificate";
    public const string NotCreditedHeading = "Not credited: apologies and absences";

    public byte[] Render()
    {
        var art = new SocietyArt(model.Society);
        return PdfRenderer.Render(
            new PdfMetadata(Title(), model.Society.Name, Subject(), model.IssueDate),
            new PageFrame(_ => ComposeHeader(art), ComposeFooter) { Watermark = interim ? InterimMark : null },
            ComposeBody(art));
    }

    public static string Coverage(SocietyDetails society, bool interim) =>
        $"This {(interim ? "statement" : "summary")} covers only activities recorded by the {society.Name}; " +
        "it is not a complete record of your CPD.";

    private string DocumentTitle() => interim ? "Interim CPD statement" : "Annual CPD summary";

    private string Title() => $"{DocumentTitle()} — {model.Member.FullName}";

    private string Subject() =>
        $"{model.College} {DocumentFormat.Period(model.Period)}, " +
        $"rule set {model.RuleSet.Code} version {model.RuleSet.Version}";

    private IBlock ComposeHeader(SocietyArt art) =>
        Header(model.Society, art, DocumentTitle(),
            $"{model.Member.FullName}  ·  {model.College}\n{DocumentFormat.ShortPeriod(model.Period)}");

    private IBlock ComposeFooter(PageInfo page) => Footer(model.Society,
        interim || model.Certificate is null ? $"{InterimMark}  ·  as at {DocumentFormat.Date(model.IssueDate)}"
            : FooterText(model.Certificate), page);

    private IBlock ComposeBody(SocietyArt art) => new Stack(
    [
        interim ? InterimBanner() : null,
        new TextBlock(DocumentTitle(), TextStyle.Title with { Size = 20 }),
        new KeyValueBlock(
        [
            ("Member", model.Member.FullName),
            ("Profession", model.Member.Profession),
            ("College", MembershipText()),
            ("Period", DocumentFormat.Period(model.Period)),
            ("Rule set", $"{model.RuleSet.Code}, version {model.RuleSet.Version} (credit in {model.RuleSet.Unit})"),
        ]),
        new TextBlock(Coverage(model.Society, interim), TextStyle.Small.WithColor(PdfColors.Muted)),
        Heading("Credited activities"),
        model.Lines.Count == 0 ? new TextBlock("No attended activity was recorded in this period.", TextStyle.Body)
            : new StatementTable(model.Lines, model.RuleSet.Unit),
        model.NotCredited.Count == 0 ? null : Heading(NotCreditedHeading),
        model.NotCredited.Count == 0 ? null : new NotCreditedTable(model.NotCredited),
        Heading("Totals by category"),
        new CategoryTotalsTable(model.Totals, model.RuleSet.Unit),
        Heading("Requirements"),
        new RequirementsTable(model.Requirements, model.RuleSet.Unit),
        interim || model.Certificate is null ? null
            : new CertificateSection(model.Society, art, model.Certificate, model.IssueDate),
    ], spacing: 8);

    private string MembershipText()
    {
        var membership = model.Member.Memberships.FirstOrDefault(m => m.College == model.College);
        return membership is null ? model.College : $"{model.College}, member number {membership.MemberNumber}";
    }

    private Boxed InterimBanner() => new(
        new Stack(
            new TextBlock(InterimMark, TextStyle.Subtitle.WithColor(PdfColors.Warning)),
            new TextBlock($"Credit recorded up to {DocumentFormat.Date(model.IssueDate)}. " +
                "This statement may change as registers are closed; it carries no certificate number " +
                "and cannot be verified.", TextStyle.Small)),
        PdfColors.WarningTint, PdfColors.Warning);
}
