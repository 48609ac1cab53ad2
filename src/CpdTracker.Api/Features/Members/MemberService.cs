using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Members;

/// <summary>Creating and changing members, for the API and the administrator's pages alike; every change is
/// audited.</summary>
public sealed class MemberService(CpdDbContext db, UnitOfWork work, UserManager<AppUser> users, AuditLog audit)
{
    public async Task<Outcome<MemberResponse>> CreateAsync(MemberRequest request, CancellationToken ct)
    {
        var email = request.Email!.Trim();
        if (await db.Members.AnyAsync(m => m.Email == email, ct))
        {
            return Outcome<MemberResponse>.Conflicted(DuplicateEmail(email));
        }

        var member = new Member { FullName = request.FullName!, Email = email };
        Apply(member, request);
        await audit.CreateAsync(member, () => member.Id, AuditEntity.Member, () => MemberResponse.From(member), ct);
        return Outcome<MemberResponse>.Ok(MemberResponse.From(member));
    }

    /// <summary>A new email moves the member's sign-in with it, in the same transaction (the old address becomes free);
    /// an email another account signs in with is a conflict and nothing changes.</summary>
    public async Task<Outcome<MemberResponse>> UpdateAsync(int id, MemberRequest request, CancellationToken ct)
    {
        var member = await db.Members.Include(m => m.CollegeMemberships).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return Outcome<MemberResponse>.NotFound();
        }

        var email = request.Email!.Trim();
        if (await db.Members.AnyAsync(m => m.Email == email && m.Id != id, ct))
        {
            return Outcome<MemberResponse>.Conflicted(DuplicateEmail(email));
        }

        var before = MemberResponse.From(member);
        var taken = false;
        await work.SaveAsync(async () =>
        {
            member.Email = email;
            Apply(member, request);
            audit.Record(AuditEntity.Member, id, AuditAction.Updated, before, MemberResponse.From(member));
            await db.SaveChangesAsync(ct);
            var account = await users.Users.FirstOrDefaultAsync(u => u.MemberId == id, ct);
            if (account is not null && account.Email != email)
            {
                account.Email = email;
                // Sets the user name, changes the security stamp (the member signs in again) and checks no other
                // account has the email.
                taken = !(await users.SetUserNameAsync(account, email)).Succeeded;
            }

            return !taken;
        }, ct);
        return taken
            ? Outcome<MemberResponse>.Conflicted(DuplicateEmail(email))
            : Outcome<MemberResponse>.Ok(MemberResponse.From(member));
    }

    private static void Apply(Member member, MemberRequest request)
    {
        member.FullName = request.FullName!;
        member.Profession = request.Profession!.Value;
        member.Country = request.Country!.Value;
        member.TimeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? null : request.TimeZone;
        member.CertificateEmails = request.CertificateEmails ?? member.CertificateEmails;
        member.CollegeMemberships.Clear();
        member.CollegeMemberships.AddRange((request.CollegeMemberships ?? []).Select(c => new CollegeMembership
        {
            College = c.College!, MemberNumber = c.MemberNumber?.Trim() ?? "", CycleStart = c.CycleStart,
        }));
    }

    private static ProblemDetails DuplicateEmail(string email) =>
        Conflicts.Problem("The email is already in use.", $"Another member or account already has the email {email}.");
}
