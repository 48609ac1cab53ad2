namespace CpdTracker.Api.Data.Identity;

/// <summary>A one-time, expiring invitation for a member to set a password; only the token's hash is stored.</summary>
public sealed class Invitation
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? AcceptedAtUtc { get; set; }
    public required string CreatedBy { get; set; }
}
