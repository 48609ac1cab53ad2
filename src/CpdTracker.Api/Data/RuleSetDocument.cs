namespace CpdTracker.Api.Data;

/// <summary>One version of a rule set as stored; versions are never changed, so issued statements keep
/// theirs.</summary>
public sealed class RuleSetDocument
{
    public int Id { get; set; }
    public required string College { get; set; }
    public required string Code { get; set; }
    public int Version { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public required string CreatedBy { get; set; }
}
