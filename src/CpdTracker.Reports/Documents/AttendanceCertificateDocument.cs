using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;
using static CpdTracker.Reports.Documents.DocumentParts;

namespace CpdTracker.Reports.Documents;

/// <summary>The certificate of attendance at one meeting, as a one-page PDF.</summary>
public sealed class AttendanceCertificateDocument(AttendanceCertificate model)
{
    public const string Title = "Certificate of attendance";

    /// <summary>The PDF bytes; identical for an identical model.</summary>
    public byte[] Render() => PdfRenderer.Render(
        new PdfMetadata($"{Title} — {model.Member.FullName}", model.Society.Name, Subject(), model.IssueDate),
        new PageFrame(ComposeHeader, ComposeFooter),
        ComposeBody());

    private string Subject() =>
        $"{model.Activity.GroupName}, {DocumentFormat.Date(model.Activity.LocalDate)}, certificate {model.Certificate.Number}";

    private IBlock ComposeHeader(PageInfo page) => Header(model.Society, Title, CertificateHeaderText(model.Certificate, model.IssueDate));

    private IBlock ComposeFooter(PageInfo page) => Footer(FooterText(model.Certificate), page);

    private IBlock ComposeBody()
    {
        var activity = model.Activity;
        return new Stack(
        [
                        Centered(Title, TextStyle.Title),
            new Spacer(10),
            Centered("This certifies that", TextStyle.Muted),
            Centered(model.Member.FullName, TextStyle.Subtitle with { Size = 19 }),
            Centered(model.Member.Profession, TextStyle.Body),
            Centered(DocumentFormat.Memberships(model.Member.Memberships), TextStyle.Small),
            new Spacer(8),
            Centered("attended", TextStyle.Muted),
            Centered(activity.GroupName, TextStyle.Subtitle),
            Centered($"{DocumentFormat.Kind(activity.Kind)}  ·  {DocumentFormat.Date(activity.LocalDate)}", TextStyle.Body),
            new Spacer(4),
            Heading("Activity"),
            new KeyValueBlock(ActivityRows()),
            Heading("CPD credit"),
            CreditTable(model.Credits),
            RacgpStatement(model.HoldsRacgpActivityNumber),
            Heading("Certificate"),
            CertificateDetails(model.Society, model.Certificate, model.IssueDate),
        ], spacing: 6);
    }

    private IEnumerable<(string, string)> ActivityRows()
    {
        var activity = model.Activity;
        yield return ("Activity", activity.GroupName);
        yield return ("Type", DocumentFormat.Kind(activity.Kind));
        yield return ("Leader", activity.LeaderName);
        if (activity.CoLeaderName is { } coLeader)
        {
            yield return ("Co-leader", coLeader);
        }
        yield return ("Date", DocumentFormat.Date(activity.LocalDate));
        yield return ("Start time", DocumentFormat.Time(activity.LocalStartTime, activity.TimeZoneAbbreviation));
        yield return ("Mode", activity.Location is { } place ? $"{DocumentFormat.Mode(activity.Mode)}, {place}" : DocumentFormat.Mode(activity.Mode));
        yield return ("Duration", DocumentFormat.Minutes(activity.DurationMinutes));
        yield return ("Attended", DocumentFormat.Minutes(model.MinutesAttended));
        if (model.ActivityNumbers.Count > 0)
        {
            yield return ("College activity numbers", DocumentFormat.ActivityNumbers(model.ActivityNumbers));
        }
    }
}
