using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;
using static CpdTracker.Reports.Documents.DocumentParts;

namespace CpdTracker.Reports.Documents;

// The layout an annual summary and an interim statement share; the interim one is marked on every page and has no
// certificate.
internal sealed class SummaryLayout(AnnualSummary model, bool interim)
{
    public const string InterimMark = "Interim — not a certificate";

    public byte[] Render() => PdfRenderer.Render(
        new PdfMetadata(Title(), model.Society.Name, Subject(), model.IssueDate),
        new PageFrame(ComposeHeader, ComposeFooter) { Watermark = interim ? InterimMark : null },
        ComposeBody());

    private string DocumentTitle() => interim ? "Interim CPD statement" : "Annual CPD summary";

    private string Title() => $"{DocumentTitle()} — {model.Member.FullName}";

    private string Subject() => $"{model.College} {DocumentFormat.Period(model.Period)}, rule set {model.RuleSet.Code} version {model.RuleSet.Version}";

    private IBlock ComposeHeader(PageInfo page) =>
        Header(model.Society, DocumentTitle(), $"{model.Member.FullName}  ·  {model.College}\n{DocumentFormat.ShortPeriod(model.Period)}");

    private IBlock ComposeFooter(PageInfo page) =>
        Footer(interim || model.Certificate is null ? $"{InterimMark}  ·  as at {DocumentFormat.Date(model.IssueDate)}" : FooterText(model.Certificate), page);

    private IBlock ComposeBody() => new Stack(
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
        Heading("Credited activities"),
        new StatementTable(model.Lines, model.RuleSet.Unit),
        Heading("Totals by category"),
        new CategoryTotalsTable(model.Totals, model.RuleSet.Unit),
        Heading("Requirements"),
        new RequirementsTable(model.Requirements, model.RuleSet.Unit),
        interim ? null : Heading("Certificate"),
        interim || model.Certificate is null ? null : CertificateDetails(model.Society, model.Certificate, model.IssueDate),
    ], spacing: 8);

    private string MembershipText()
    {
        var membership = model.Member.Memberships.FirstOrDefault(m => m.College == model.College);
        return membership is null ? model.College : $"{model.College}, member number {membership.MemberNumber}";
    }

    private Boxed InterimBanner() => new(
        new Stack(
            new TextBlock(InterimMark, TextStyle.Subtitle.WithColor(PdfColors.Warning)),
            new TextBlock($"Credit recorded up to {DocumentFormat.Date(model.IssueDate)}. This statement may change as registers are " +
                "closed; it carries no certificate number and cannot be verified.", TextStyle.Small)),
        PdfColors.WarningTint, PdfColors.Warning);
}
