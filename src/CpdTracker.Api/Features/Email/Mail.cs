namespace CpdTracker.Api.Features.Email;

/// <summary>A message as a feature's template writes it; the outbox stores it and the sender turns it
/// into MIME.</summary>
/// <param name="Key">With Kind and the recipient, the natural key: the same message is never written twice.</param>
/// <param name="DocumentId">An issued document the message is about; attached (read at send time) when
/// <paramref name="Attach"/>.</param>
/// <param name="Secret">The body holds a one-time link: blanked in the outbox once sent.</param>
public sealed record Mail(
    MessageKind Kind, string Key, string To, string? ToName, string Subject, string Body,
    string? ReplyTo = null, int? DocumentId = null, bool Attach = false, bool Secret = false);
