using System.Security.Cryptography;
using System.Text;
using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Email;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Auth;

/// <summary>No open registration: an administrator invites a member, who sets a password with the one-time token.
/// A member has at most one live invitation: inviting again or accepting one voids the others.</summary>
public static class InvitationService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string Refusal = "The invitation is unknown, already used or expired; ask for a new one.";

    /// <summary>Voids the member's live invitations and writes a new one, with its email, in one transaction.</summary>
    public static async Task<Results<Ok<InvitationResponse>, NotFound>> Invite(
        int id, CpdDbContext db, UnitOfWork work, CurrentUser me, AuditLog audit, Outbox outbox, AccountMail mail, TimeProvider clock, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        await work.SaveAsync(async () =>
        {
            await VoidLiveAsync(db, id, now, ct);
            db.Invitations.Add(new Invitation { MemberId = id, TokenHash = Hash(token), CreatedAtUtc = now, ExpiresAtUtc = now + Lifetime, CreatedBy = me.Name });
            audit.Record(AuditEntity.Member, id, AuditAction.Invited, null, new { member.Email, ExpiresAtUtc = now + Lifetime });
            outbox.Add(mail.Invitation(Hash(token), token, member, now + Lifetime));
            return true;
        }, ct);
        return TypedResults.Ok(new InvitationResponse(id, member.Email, token, now + Lifetime));
    }

    public static async Task<Results<NoContent, ValidationProblem>> Accept(
        AcceptInvitationRequest request, CpdDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(request.Token!);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claimed by a write first, so two uses of one token at once cannot both set a password.
        var claimed = await db.Invitations.Where(i => i.TokenHash == hash && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now), ct);
        if (claimed == 0)
        {
            return ProblemResults.Field("token", Refusal);
        }

        var invitation = await db.Invitations.AsNoTracking().FirstAsync(i => i.TokenHash == hash, ct);
        await VoidLiveAsync(db, invitation.MemberId, now, ct);
        var member = await db.Members.AsNoTracking().FirstAsync(m => m.Id == invitation.MemberId, ct);
        var user = await users.Users.FirstOrDefaultAsync(u => u.MemberId == member.Id, ct);
        var result = user is null
            ? await users.CreateAsync(new AppUser { UserName = member.Email, Email = member.Email, EmailConfirmed = true, MemberId = member.Id }, request.Password!)
            : await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), request.Password!);
        if (!result.Succeeded)
        {
            // Rolled back with the transaction: the invitation stays usable with a better password.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
        }

        invitation.AcceptedAtUtc = now;
        audit.Record(AuditEntity.Member, member.Id, AuditAction.InvitationAccepted, null, new { member.Email }, actor: member.Email);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Ends every invitation of the member still open, by expiring it now.</summary>
    private static Task<int> VoidLiveAsync(CpdDbContext db, int memberId, DateTime now, CancellationToken ct) =>
        db.Invitations.Where(i => i.MemberId == memberId && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAtUtc, now), ct);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
