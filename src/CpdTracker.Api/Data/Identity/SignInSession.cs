namespace CpdTracker.Api.Data.Identity;

/// <summary>One sign-in and the refresh tokens that follow from it: only the newest refresh token is good, and showing
/// an older one again revokes the whole session (a stolen token and its owner cannot both go on using it).</summary>
public sealed class SignInSession
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public required string RefreshTokenId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public string? RevokedReason { get; set; }
}
