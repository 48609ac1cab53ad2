using System.Security.Claims;
using System.Security.Cryptography;
using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>Sign-in sessions: started at sign-in, rotated on every refresh, and checked on every bearer
/// request.</summary>
public sealed class SignInSessions(
    CpdDbContext db, IUserClaimsPrincipalFactory<AppUser> principals, IMemoryCache cache, SessionChanges changes,
    IOptions<IdentityOptions> identity, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
{
    public const string SessionClaim = "cpd:sid";
    public const string RefreshClaim = "cpd:rid";

    /// <summary>How long this instance trusts a check; a change made here is seen at once, one made by another instance
    /// within this.</summary>
    public static readonly TimeSpan CheckCachedFor = TimeSpan.FromSeconds(30);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private TimeSpan RefreshLifetime => bearer.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration;

    public async Task<ClaimsPrincipal> StartAsync(AppUser user, CancellationToken ct)
    {
        var now = Now;
        await db.SignInSessions.Where(s => s.UserId == user.Id && s.ExpiresAtUtc < now).ExecuteDeleteAsync(ct);
        var session = new SignInSession
        {
            Id = NewId(),
            UserId = user.Id,
            RefreshTokenId = NewId(),
            CreatedAtUtc = now,
            ExpiresAtUtc = now + RefreshLifetime,
        };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return await PrincipalAsync(user, session.Id, session.RefreshTokenId);
    }

    /// <returns>The principal for the next pair of tokens; null when the refresh token is not the session's newest,
    /// which revokes the session.</returns>
    public async Task<ClaimsPrincipal?> RotateAsync(AppUser user, ClaimsPrincipal presented, CancellationToken ct)
    {
        var (sessionId, refreshId, next, now) =
            (presented.FindFirstValue(SessionClaim), presented.FindFirstValue(RefreshClaim), NewId(), Now);
        if (sessionId is null || refreshId is null)
        {
            return null;
        }

        var rotated = await db.SignInSessions
            .Where(s => s.Id == sessionId
                && s.UserId == user.Id
                && s.RefreshTokenId == refreshId
                && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.RefreshTokenId, next)
                .SetProperty(x => x.ExpiresAtUtc, now + RefreshLifetime), ct);
        if (rotated == 1)
        {
            return await PrincipalAsync(user, sessionId, next);
        }

        await db.SignInSessions.Where(s => s.Id == sessionId && s.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.RevokedAtUtc, now)
                .SetProperty(x => x.RevokedReason, "refresh token reused"), ct);
        cache.Remove(Key(sessionId));
        return null;
    }

    /// <summary>The session is not revoked and the account's security stamp is the token's: a password change or reset,
    /// a lockout or a disabled account (each changes the stamp) ends every session.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var (sessionId, userId) =
            (principal.FindFirstValue(SessionClaim), principal.FindFirstValue(ClaimTypes.NameIdentifier));
        if (sessionId is null || userId is null)
        {
            return false;
        }

        // Taken before the read, so a change made while reading expires what is read.
        var changed = changes.TokenFor(userId);
        var state = await cache.GetOrCreateAsync(Key(sessionId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CheckCachedFor;
            entry.AddExpirationToken(changed);
            return await db.SignInSessions.AsNoTracking().Where(s => s.Id == sessionId && s.RevokedAtUtc == null)
                .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new SessionState(u.Id, u.SecurityStamp))
                .FirstOrDefaultAsync(ct);
        });
        return state is not null
            && state.UserId == userId
            && state.SecurityStamp == principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(AppUser user, string sessionId, string refreshId)
    {
        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims(
            [new Claim(SessionClaim, sessionId), new Claim(RefreshClaim, refreshId)]);
        return principal;
    }

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string Key(string sessionId) => $"sign-in-session:{sessionId}";

    private sealed record SessionState(string UserId, string? SecurityStamp);
}
