using System.Security.Cryptography;
using System.Text;
using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Email;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Auth;

/// <summary>No open registration: an administrator invites a member, who sets a password with the one-time token
/// (through the API or the invitation page; both call here). A member has at most one live invitation: inviting again
/// or accepting one voids the others. The invitation's email is written with it.</summary>
public sealed class InvitationService(
    CpdDbContext db, UnitOfWork work, UserManager<AppUser> users, AuditLog audit, CurrentUser me, Outbox outbox,
    AccountMail mail, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public const string Refusal = "The invitation is unknown, already used or expired; ask for a new one.";

    public async Task<InvitationResponse?> InviteAsync(int memberId, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
        {
            return null;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        await work.SaveAsync(async () =>
        {
            await VoidLiveAsync(memberId, now, ct);
            db.Invitations.Add(new Invitation
            {
                MemberId = memberId,
                TokenHash = Hash(token),
                CreatedAtUtc = now,
                ExpiresAtUtc = now + Lifetime,
                CreatedBy = me.Name,
            });
            // A fresh invitation is also the way back in for a member locked out by wrong passwords.
            var unlocked = await ClearLockoutAsync(memberId, ct);
            object after = unlocked
                ? new { member.Email, ExpiresAtUtc = now + Lifetime, LockoutCleared = true }
                : new { member.Email, ExpiresAtUtc = now + Lifetime };
            audit.Record(AuditEntity.Member, memberId, AuditAction.Invited, null, after);
            outbox.Add(mail.Invitation(Hash(token), token, member, now + Lifetime));
            return true;
        }, ct);
        return new InvitationResponse(memberId, member.Email, token, now + Lifetime);
    }

    /// <summary>The invited member's email while the token can still be used; null when it is unknown, used
    /// or expired.</summary>
    public async Task<string?> PendingEmailAsync(string token, CancellationToken ct)
    {
        var (hash, now) = (Hash(token), clock.GetUtcNow().UtcDateTime);
        return await db.Invitations.Where(i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .Join(db.Members, i => i.MemberId, m => m.Id, (i, m) => m.Email).FirstOrDefaultAsync(ct);
    }

    /// <summary>Sets the member's password; the errors by field ("token", "password"), empty when it
    /// was accepted.</summary>
    public async Task<Dictionary<string, string[]>> AcceptAsync(string token, string password, CancellationToken ct)
    {
        var (hash, now) = (Hash(token), clock.GetUtcNow().UtcDateTime);
        var errors = new Dictionary<string, string[]>();
        // One unit of work: when the password is refused, nothing is written and the invitation stays usable.
        await work.SaveAsync(async () =>
        {
            // Claimed by a write first, so two uses of one token at once cannot both set a password.
            var claimed = await db.Invitations
                .Where(i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now), ct);
            if (claimed == 0)
            {
                errors["token"] = [Refusal];
                return false;
            }

            var invitation = await db.Invitations.AsNoTracking().FirstAsync(i => i.TokenHash == hash, ct);
            await VoidLiveAsync(invitation.MemberId, now, ct);
            var member = await db.Members.AsNoTracking().FirstAsync(m => m.Id == invitation.MemberId, ct);
            var user = await users.Users.FirstOrDefaultAsync(u => u.MemberId == member.Id, ct);
            var result = user is null
                ? await users.CreateAsync(
                    new AppUser
                    {
                        UserName = member.Email,
                        Email = member.Email,
                        EmailConfirmed = true,
                        MemberId = member.Id,
                    },
                    password)
                : await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
            if (!result.Succeeded)
            {
                errors["password"] = result.Errors.Select(e => e.Description).ToArray();
                return false;
            }

            audit.Record(AuditEntity.Member, member.Id, AuditAction.InvitationAccepted, null, new { member.Email },
                actor: member.Email);
            return true;
        }, ct);
        return errors;
    }

    private async Task<bool> ClearLockoutAsync(int memberId, CancellationToken ct)
    {
        if (await users.Users.FirstOrDefaultAsync(u => u.MemberId == memberId, ct) is not { } account
            || !await users.IsLockedOutAsync(account))
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        return true;
    }

    /// <summary>Ends every invitation of the member still open, by expiring it now.</summary>
    private Task<int> VoidLiveAsync(int memberId, DateTime now, CancellationToken ct) =>
        db.Invitations.Where(i => i.MemberId == memberId && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAtUtc, now), ct);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
