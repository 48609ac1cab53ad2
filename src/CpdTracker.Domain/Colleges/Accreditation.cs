namespace CpdTracker.Domain.Colleges;

/// <summary>The activity number a college gave a group or workshop.</summary>
public sealed record Accreditation(string College, string ActivityId);
