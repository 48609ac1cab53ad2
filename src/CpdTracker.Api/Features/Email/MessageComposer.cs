using CpdTracker.Api.Features.Society;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CpdTracker.Api.Features.Email;

/// <summary>Turns an outbox row into MIME: the society as sender, Reply-To the row's (else the society's), a plain-text
/// body, and the issued document's PDF read now from the database (the outbox holds only its id).</summary>
public sealed class MessageComposer(
    CpdDbContext db, IOptions<EmailOptions> email, IOptions<SocietyOptions> society, PublicLinks links)
{
    public MailboxAddress From => email.Value.From is { Length: > 0 } from ? MailboxAddress.Parse(from)
        : new MailboxAddress($"{society.Value.ShortName} CPD".Trim(),
            society.Value.ContactEmail is { Length: > 0 } contact ? contact : $"no-reply@{links.Host}");

    public async Task<MimeMessage> ComposeAsync(OutboxMessage row, CancellationToken ct)
    {
        var message = new MimeMessage
        {
            Subject = row.Subject,
            MessageId = row.MessageId,
            Date = new DateTimeOffset(row.CreatedAtUtc, TimeSpan.Zero),
        };
        message.From.Add(From);
        message.To.Add(new MailboxAddress(row.RecipientName ?? "", row.Recipient));
        if ((row.ReplyTo ?? society.Value.ContactEmail) is { Length: > 0 } replyTo)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        // RFC 3834: an automatic message, so auto-responders do not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = row.Body };
        if (row.AttachDocument && row.DocumentId is { } id)
        {
            var document = await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == id)
                .Select(d => new { d.Number, d.Pdf }).FirstAsync(ct);
            body.Attachments.Add($"{document.Number}.pdf", document.Pdf, new ContentType("application", "pdf"));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
