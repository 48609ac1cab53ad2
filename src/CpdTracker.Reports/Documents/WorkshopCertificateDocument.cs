using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;
using static CpdTracker.Reports.Documents.DocumentParts;

namespace CpdTracker.Reports.Documents;

/// <summary>The certificate of attendance at a workshop: every session attended, and credit totals per
/// college and category.</summary>
public sealed class WorkshopCertificateDocument(WorkshopCertificate model)
{
    public const string Title = "Certificate of attendance";

    /// <summary>The PDF bytes; identical for an identical model.</summary>
    /// <exception cref="ArgumentException">The society's logo or signature is not a PNG or JPEG image.</exception>
    public byte[] Render()
    {
        var art = new SocietyArt(model.Society);
        return PdfRenderer.Render(
            new PdfMetadata($"{Title} — {model.Member.FullName}", model.Society.Name,
                $"{model.Workshop.Title}, certificate {model.Certificate.Number}", model.IssueDate),
            new PageFrame(
                _ => Header(model.Society, art, Title, CertificateHeaderText(model.Certificate, model.IssueDate)),
                page => Footer(model.Society, FooterText(model.Certificate), page)),
            ComposeBody(art));
    }

    private IBlock ComposeBody(SocietyArt art) => new Stack(
    [
        CertificateIntro(Title, model.Member, "attended the workshop", model.Workshop.Title, Dates()),
        Heading("Workshop"),
        new KeyValueBlock(WorkshopRows()),
        Heading("Sessions attended"),
        new WorkshopSessionTable(model.Sessions),
        Heading("CPD credit"),
        CreditTable(Totals()),
        RacgpStatement(model.CarriesRacgpWording),
        new CertificateSection(model.Society, art, model.Certificate, model.IssueDate),
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
        yield return ("Attended",
            $"{model.Sessions.Count} sessions, {DocumentFormat.Minutes(model.Sessions.Sum(s => s.MinutesAttended))}");
        if (model.ActivityNumbers.Count > 0)
        {
            yield return ("College activity numbers", DocumentFormat.ActivityNumbers(model.ActivityNumbers));
        }
    }

    private List<CreditLine> Totals() => model.Credits
        .GroupBy(c => (c.College, c.RuleSetCode, c.CategoryCode, c.CategoryName, c.Unit))
        .Select(g =>
            new CreditLine(g.Key.College, g.Key.RuleSetCode, g.Key.CategoryCode, g.Key.CategoryName,
                g.Sum(c => c.Amount), g.Key.Unit))
        .ToList();
}
