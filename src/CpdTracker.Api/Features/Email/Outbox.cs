namespace CpdTracker.Api.Features.Email;

/// <summary>Adds a message to the caller's unit of work: it is saved, and later sent, only if that
/// transaction commits.</summary>
public sealed class Outbox(CpdDbContext db, TimeProvider clock, PublicLinks links, OutboxCommitted committed)
{
    public void Add(Mail mail)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage
        {
            Kind = mail.Kind,
            Key = mail.Key,
            Recipient = mail.To,
            RecipientName = mail.ToName,
            ReplyTo = mail.ReplyTo,
            Subject = mail.Subject,
            Body = mail.Body,
            DocumentId = mail.DocumentId,
            AttachDocument = mail.Attach,
            Secret = mail.Secret,
            // Fixed now, so a retried message keeps its identity and a recipient's client can tell a repeat.
            MessageId = $"{Guid.NewGuid():N}@{links.Host}",
            Status = MessageStatus.Pending, CreatedAtUtc = now, NextAttemptAtUtc = now,
        });
        committed.Expect(db);
    }
}
