namespace CpdTracker.Api.Features.Certificates;

/// <summary>What decides whether an issued document is mailed to its holder, and where a reply goes.</summary>
/// <param name="ActivityDate">The meeting's date (a workshop's last session, the day a summary fell due): a document
/// for anything older than Email:SkipDocumentsOlderThanDays is issued without email.</param>
/// <param name="MeetingIds">The meetings it covers: when every one was back-filled (the demo's history), no
/// email.</param>
/// <param name="ReplyTo">The group leader's address for a meeting's certificate; null for the society's.</param>
public sealed record DocumentNotice(DateOnly ActivityDate, IReadOnlyCollection<int> MeetingIds, string? ReplyTo = null);

/// <summary>The valid document a new version supersedes: its number, and what it showed.</summary>
public sealed record ReplacedDocument(string Number, string DataJson);
