namespace CpdTracker.Api.Data;

public enum MessageKind
{
    Invitation,
    PasswordReset,
    PasswordChanged,

    /// <summary>A certificate of attendance, workshop certificate or annual summary, new or superseding.</summary>
    Document,
}

public enum MessageStatus
{
    Pending,

    /// <summary>Claimed by a sender (ClaimedBy, ClaimedAtUtc); a claim older than the lease is taken over.</summary>
    Sending,
    Sent,

    /// <summary>Refused for good (a 5xx from the server) or out of attempts; kept with its error for
    /// administrators.</summary>
    Failed,
}

/// <summary>A message to send, written in the transaction of what it announces. Its natural key (Kind, Key, Recipient)
/// makes it once-only; a document is attached by reference (DocumentId) and read when the message is sent.</summary>
public sealed class OutboxMessage
{
    public int Id { get; set; }
    public MessageKind Kind { get; set; }

    /// <summary>What it announces: a document number, an invitation's token hash, an account and its security
    /// stamp.</summary>
    public required string Key { get; set; }

    public required string Recipient { get; set; }
    public string? RecipientName { get; set; }
    public string? ReplyTo { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public int? DocumentId { get; set; }
    public bool AttachDocument { get; set; }

    /// <summary>The body holds a one-time link; it is blanked once the message is sent or has failed.</summary>
    public bool Secret { get; set; }

    public required string MessageId { get; set; }
    public MessageStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public DateTime? FailedAtUtc { get; set; }
    public string? LastError { get; set; }
}
