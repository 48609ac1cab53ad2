using System.Security.Cryptography;
using System.Text;
using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Auth;

/// <summary>No open registration: an administrator invites a member, who sets a password with the one-time token
/// (through the API or the invitation page; both call here).</summary>
public sealed class InvitationService(CpdDbContext db, UserManager<AppUser> users, AuditLog audit, CurrentUser me, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public const string UnusableToken = "The invitation is unknown, already used or expired; ask for a new one.";

    public async Task<InvitationResponse?> InviteAsync(int memberId, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return null;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        db.Invitations.Add(new Invitation { MemberId = memberId, TokenHash = Hash(token), CreatedAtUtc = now, ExpiresAtUtc = now + Lifetime, CreatedBy = me.Name });
        audit.Record(AuditEntity.Member, memberId, AuditAction.Invited, null, new { member.Email, ExpiresAtUtc = now + Lifetime });
        await db.SaveChangesAsync(ct);
        return new InvitationResponse(memberId, member.Email, token, now + Lifetime);
    }

    /// <summary>The invited member's email while the token can still be used; null when it is unknown, used or expired.</summary>
    public async Task<string?> PendingEmailAsync(string token, CancellationToken ct) =>
        await UsableAsync(token, ct) is { } invitation
            ? await db.Members.Where(m => m.Id == invitation.MemberId).Select(m => m.Email).FirstOrDefaultAsync(ct)
            : null;

    /// <summary>Sets the member's password; the errors by field ("token", "password"), empty when it was accepted.</summary>
    public async Task<Dictionary<string, string[]>> AcceptAsync(string token, string password, CancellationToken ct)
    {
        var invitation = await UsableAsync(token, ct);
        if (invitation is null)
        {
            return new() { ["token"] = [UnusableToken] };
        }

        var member = await db.Members.AsNoTracking().FirstAsync(m => m.Id == invitation.MemberId, ct);
        var user = await users.Users.FirstOrDefaultAsync(u => u.MemberId == member.Id, ct);
        var result = user is null
            ? await users.CreateAsync(new AppUser { UserName = member.Email, Email = member.Email, EmailConfirmed = true, MemberId = member.Id }, password)
            : await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!result.Succeeded)
        {
            return new() { ["password"] = result.Errors.Select(e => e.Description).ToArray() };
        }

        invitation.AcceptedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditEntity.Member, member.Id, AuditAction.InvitationAccepted, null, new { member.Email }, actor: member.Email);
        await db.SaveChangesAsync(ct);
        return [];
    }

    private async Task<Invitation?> UsableAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is null || invitation.AcceptedAtUtc is not null || invitation.ExpiresAtUtc <= now ? null : invitation;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
