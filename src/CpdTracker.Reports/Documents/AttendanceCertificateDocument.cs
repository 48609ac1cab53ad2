using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;
using static CpdTracker.Reports.Documents.DocumentParts;

namespace CpdTracker.Reports.Documents;

/// <summary>The certificate of attendance at one meeting, as a one-page PDF.</summary>
public sealed class AttendanceCertificateDocument(AttendanceCertificate model)
{
    public const string Title = "Certificate of attendance";

    /// <summary>The PDF bytes; identical for an identical model.</summary>
    /// <exception cref="ArgumentException">The society's logo or signature is not a PNG or JPEG image.</exception>
    public byte[] Render()
    {
        var art = new SocietyArt(model.Society);
        return PdfRenderer.Render(
            new PdfMetadata($"{Title} — {model.Member.FullName}", model.Society.Name, Subject(), model.IssueDate),
            new PageFrame(
                _ => Header(model.Society, art, Title, CertificateHeaderText(model.Certificate, model.IssueDate)),
                page => Footer(model.Society, FooterText(model.Certificate), page)),
            ComposeBody(art));
    }

    private string Subject() =>
        $"{model.Activity.GroupName}, {DocumentFormat.Date(model.Activity.LocalDate)}, " +
        $"certificate {model.Certificate.Number}";

    private IBlock ComposeBody(SocietyArt art)
    {
        var activity = model.Activity;
        return new Stack(
        [
            CertificateIntro(
                Title,
                model.Member,
                $"attended as {DocumentFormat.Role(model.Role).ToLowerInvariant()}",
                activity.GroupName,
                $"{DocumentFormat.Kind(activity.Kind)}  ·  {DocumentFormat.Date(activity.LocalDate)}"),
            Heading("Activity"),
            new KeyValueBlock(ActivityRows()),
            Heading("CPD credit"),
            CreditTable(model.Credits),
            RacgpStatement(model.CarriesRacgpWording),
            new CertificateSection(model.Society, art, model.Certificate, model.IssueDate),
        ], spacing: 6);
    }

    private IEnumerable<(string, string)> ActivityRows()
    {
        var activity = model.Activity;
        // Group, kind and date are in the certifying lines above.
        yield return ("Leader", activity.LeaderName);
        if (activity.CoLeaderName is { } coLeader)
        {
            yield return ("Co-leader", coLeader);
        }
        yield return ("Start time", DocumentFormat.Time(activity.LocalStartTime, activity.TimeZoneAbbreviation));
        yield return ("Mode", activity.Location is { } place ? $"{DocumentFormat.Mode(activity.Mode)}, {place}"
            : DocumentFormat.Mode(activity.Mode));
        yield return ("Duration", DocumentFormat.Minutes(activity.DurationMinutes));
        yield return ("Attended", DocumentFormat.Minutes(model.MinutesAttended));
        yield return ("Role", DocumentFormat.Role(model.Role));
        if (model.ActivityNumbers.Count > 0)
        {
            yield return ("College activity numbers", DocumentFormat.ActivityNumbers(model.ActivityNumbers));
        }
    }
}
