using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;
using static CpdTracker.Reports.Documents.DocumentParts;

namespace CpdTracker.Reports.Documents;

/// <summary>The certificate of attendance at a workshop: every session attended, and credit totals per college and category.</summary>
public sealed class WorkshopCertificateDocument(WorkshopCertificate model)
{
    public const string Title = "Certificate of attendance";

    /// <summary>The PDF bytes; identical for an identical model.</summary>
    public byte[] Render() => PdfRenderer.Render(
        new PdfMetadata($"{Title} — {model.Member.FullName}", model.Society.Name,
            $"{model.Workshop.Title}, certificate {model.Certificate.Number}", model.IssueDate),
        new PageFrame(ComposeHeader, ComposeFooter),
        ComposeBody());

    private IBlock ComposeHeader(PageInfo page) => Header(model.Society, Title, CertificateHeaderText(model.Certificate, model.IssueDate));

    private IBlock ComposeFooter(PageInfo page) => Footer(FooterText(model.Certificate), page);

    private IBlock ComposeBody() => new Stack(
    [
                Centered(Title, TextStyle.Title),
        new Spacer(10),
        Centered("This certifies that", TextStyle.Muted),
        Centered(model.Member.FullName, TextStyle.Subtitle with { Size = 19 }),
        Centered(model.Member.Profession, TextStyle.Body),
        Centered(DocumentFormat.Memberships(model.Member.Memberships), TextStyle.Small),
        new Spacer(8),
        Centered("attended the workshop", TextStyle.Muted),
        Centered(model.Workshop.Title, TextStyle.Subtitle),
        Centered(Dates(), TextStyle.Body),
        new Spacer(4),
        Heading("Workshop"),
        new KeyValueBlock(WorkshopRows()),
        Heading("Sessions attended"),
        new WorkshopSessionTable(model.Sessions),
        Heading("CPD credit"),
        CreditTable(Totals()),
        RacgpStatement(model.HoldsRacgpActivityNumber),
        Heading("Certificate"),
        CertificateDetails(model.Society, model.Certificate, model.IssueDate),
    ], spacing: 6);

    private string Dates()
    {
        var dates = model.Sessions.Select(s => s.LocalDate).Distinct().Order().ToList();
        return dates.Count switch
        {
            0 => "",
            1 => DocumentFormat.Date(dates[0]),
            _ => $"{DocumentFormat.Date(dates[0])} – {DocumentFormat.Date(dates[^1])}",
        };
    }

    private IEnumerable<(string, string)> WorkshopRows()
    {
        if (model.Workshop.ConvenorName is { } convenor)
        {
            yield return ("Convenor", convenor);
        }
        var mode = DocumentFormat.Mode(model.Workshop.Mode);
        yield return ("Mode", model.Workshop.Venue is { } venue ? $"{mode}, {venue}" : mode);
        yield return ("Attended", $"{model.Sessions.Count} sessions, {DocumentFormat.Minutes(model.Sessions.Sum(s => s.MinutesAttended))}");
        if (model.ActivityNumbers.Count > 0)
        {
            yield return ("College activity numbers", DocumentFormat.ActivityNumbers(model.ActivityNumbers));
        }
    }

    private IEnumerable<CreditLine> Totals() => model.Credits
        .GroupBy(c => (c.College, c.RuleSetCode, c.CategoryCode, c.CategoryName, c.Unit))
        .Select(g => new CreditLine(g.Key.College, g.Key.RuleSetCode, g.Key.CategoryCode, g.Key.CategoryName, g.Sum(c => c.Amount), g.Key.Unit));
}
