using CpdTracker.Api.Features.Email;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Writes the message that brings a newly issued document to its holder, in the issuing transaction — unless
/// the holder opted out, or the activity is back-filled history (older than the email age, or only demo or imported
/// meetings).</summary>
public sealed class CertificateMail(
    CpdDbContext db,
    Outbox outbox,
    IOptions<EmailOptions> options,
    PublicLinks links,
    IOptions<CertificatesOptions> certificates,
    IOptions<Society.SocietyOptions> society)
{
    public async Task AnnounceAsync(
        IssuedDocument document, ReplacedDocument? replaced, object data, DocumentNotice notice, CancellationToken ct)
    {
        if (notice.ActivityDate < document.IssueDate.AddDays(-options.Value.SkipDocumentsOlderThanDays))
        {
            return;
        }

        var holder = await db.Members.AsNoTracking()
            .Where(m => m.Id == document.MemberId)
            .Select(m => new { m.Email, m.FullName, m.CertificateEmails })
            .FirstAsync(ct);
        var ids = notice.MeetingIds;
        if (!holder.CertificateEmails || !await db.Meetings.AnyAsync(m => ids.Contains(m.Id) && !m.Backfilled, ct))
        {
            return;
        }

        var attach = options.Value.Certificates == CertificateDelivery.Attach;
        var verify = certificates.Value.VerifyBaseUrl + document.VerificationCode;
        var (subject, body) = CertificateMessages.Write(
            holder.FullName,
            document,
            replaced,
            data,
            attach ? null : links.Document(document.Id),
            verify,
            society.Value.Name);
        // A leader's own certificate is answered to the society, not to themselves.
        var replyTo = string.Equals(notice.ReplyTo, holder.Email, StringComparison.OrdinalIgnoreCase)
            ? null
            : notice.ReplyTo;
        outbox.Add(new Mail(
            MessageKind.Document,
            document.Number,
            holder.Email,
            holder.FullName,
            subject,
            body,
            replyTo,
            document.Id,
            attach));
    }
}
