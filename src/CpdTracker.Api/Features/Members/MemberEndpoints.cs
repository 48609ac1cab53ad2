using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Auth;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Members;

public static class MemberEndpoints
{
    public static RouteGroupBuilder MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/members").WithTags("Members").WithRequestValidation();
        group.MapPost("/", CreateMember).WithName(nameof(CreateMember)).WithAccess(Access.Admin);
        group.MapGet("/", ListMembers).WithName(nameof(ListMembers)).WithAccess(Access.Admin);
        group.MapGet("/{id:int}", GetMember).WithName(nameof(GetMember)).WithAccess(Access.Self, Resource.Member);
        group.MapPut("/{id:int}", UpdateMember).WithName(nameof(UpdateMember)).WithAccess(Access.Admin);
        group.MapPost("/{id:int}/invitation", InviteMember).WithName(nameof(InviteMember)).WithAccess(Access.Admin);
        group.MapGet("/{id:int}/attendance", MemberAttendance.List).WithName("ListMemberAttendance").WithAccess(Access.Self, Resource.Member);
        return group;
    }

    /// <summary>Creates a member with their college memberships.</summary>
    public static async Task<Results<Created<MemberResponse>, ProblemHttpResult>> CreateMember(
        MemberRequest request, CpdDbContext db, AuditLog audit, CancellationToken ct)
    {
        var email = request.Email!.Trim();
        if (await db.Members.AnyAsync(m => m.Email == email, ct))
        {
            return DuplicateEmail(email);
        }

        var member = new Member { FullName = request.FullName!, Email = email };
        Apply(member, request);
        await audit.CreateAsync(member, () => member.Id, AuditEntity.Member, () => MemberResponse.From(member), ct);
        return TypedResults.Created($"/api/members/{member.Id}", MemberResponse.From(member));
    }

    /// <summary>Invites a member to set a password, returning the one-time token (valid 7 days); earlier invitations are voided.</summary>
    public static async Task<Results<Ok<InvitationResponse>, NotFound>> InviteMember(int id, InvitationService invitations, CancellationToken ct) =>
        await invitations.InviteAsync(id, ct) is { } invitation ? TypedResults.Ok(invitation) : TypedResults.NotFound();

    /// <summary>Lists every member.</summary>
    public static async Task<Ok<List<MemberResponse>>> ListMembers(CpdDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Members.AsNoTracking().Include(m => m.CollegeMemberships).OrderBy(m => m.Id).ToListAsync(ct))
            .Select(MemberResponse.From).ToList());

    /// <summary>Gets a member with their college memberships.</summary>
    public static async Task<Results<Ok<MemberResponse>, NotFound>> GetMember(int id, CpdDbContext db, CancellationToken ct) =>
        await db.Members.AsNoTracking().Include(m => m.CollegeMemberships).FirstOrDefaultAsync(m => m.Id == id, ct) is { } member
            ? TypedResults.Ok(MemberResponse.From(member))
            : TypedResults.NotFound();

    /// <summary>A new email moves the member's sign-in with it, in the same transaction (the old address becomes free);
    /// an email another account signs in with is a conflict and nothing changes.</summary>
    public static async Task<Results<Ok<MemberResponse>, NotFound, ProblemHttpResult>> UpdateMember(
        int id, MemberRequest request, CpdDbContext db, UnitOfWork work, UserManager<AppUser> users, AuditLog audit, CancellationToken ct)
    {
        var member = await db.Members.Include(m => m.CollegeMemberships).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        var email = request.Email!.Trim();
        if (await db.Members.AnyAsync(m => m.Email == email && m.Id != id, ct))
        {
            return DuplicateEmail(email);
        }

        var before = MemberResponse.From(member);
        var taken = false;
        await work.SaveAsync(async () =>
        {
            member.Email = email;
            Apply(member, request);
            audit.Record(AuditEntity.Member, id, AuditAction.Updated, before, MemberResponse.From(member));
            await db.SaveChangesAsync(ct);
            if (await users.Users.FirstOrDefaultAsync(u => u.MemberId == id, ct) is { } account && account.Email != email)
            {
                account.Email = email;
                // Sets the user name, changes the security stamp (the member signs in again) and checks no other account has the email.
                taken = !(await users.SetUserNameAsync(account, email)).Succeeded;
            }

            return !taken;
        }, ct);
        if (taken)
        {
            return DuplicateEmail(email);
        }

        return TypedResults.Ok(MemberResponse.From(member));
    }

    private static void Apply(Member member, MemberRequest request)
    {
        member.FullName = request.FullName!;
        member.Profession = request.Profession!.Value;
        member.Country = request.Country!.Value;
        member.TimeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? null : request.TimeZone;
        member.CollegeMemberships.Clear();
        member.CollegeMemberships.AddRange((request.CollegeMemberships ?? []).Select(c =>
            new CollegeMembership { College = c.College!, MemberNumber = c.MemberNumber?.Trim() ?? "", CycleStart = c.CycleStart }));
    }

    private static ProblemHttpResult DuplicateEmail(string email) =>
        ProblemResults.Conflict("The email is already in use.", $"Another member or account already has the email {email}.");
}
