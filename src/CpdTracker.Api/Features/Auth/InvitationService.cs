using System.Security.Cryptography;
using System.Text;
using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Auth;

/// <summary>No open registration: an administrator invites a member, who sets a password with the one-time token.</summary>
public static class InvitationService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static async Task<Results<Ok<InvitationResponse>, NotFound>> Invite(
        int id, CpdDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        db.Invitations.Add(new Invitation { MemberId = id, TokenHash = Hash(token), CreatedAtUtc = now, ExpiresAtUtc = now + Lifetime, CreatedBy = me.Name });
        audit.Record(AuditEntity.Member, id, AuditAction.Invited, null, new { member.Email, ExpiresAtUtc = now + Lifetime });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new InvitationResponse(id, member.Email, token, now + Lifetime));
    }

    public static async Task<Results<NoContent, ValidationProblem>> Accept(
        AcceptInvitationRequest request, CpdDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(request.Token!);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null || invitation.AcceptedAtUtc is not null || invitation.ExpiresAtUtc <= now)
        {
            return ProblemResults.Field("token", "The invitation is unknown, already used or expired; ask for a new one.");
        }

        var member = await db.Members.AsNoTracking().FirstAsync(m => m.Id == invitation.MemberId, ct);
        var user = await users.Users.FirstOrDefaultAsync(u => u.MemberId == member.Id, ct);
        var result = user is null
            ? await users.CreateAsync(user = new AppUser { UserName = member.Email, Email = member.Email, EmailConfirmed = true, MemberId = member.Id }, request.Password!)
            : await ResetAsync(users, user, request.Password!);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
        }

        invitation.AcceptedAtUtc = now;
        audit.Record(AuditEntity.Member, member.Id, AuditAction.InvitationAccepted, null, new { member.Email }, actor: member.Email);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<IdentityResult> ResetAsync(UserManager<AppUser> users, AppUser user, string password) =>
        await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
