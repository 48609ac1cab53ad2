using CpdTracker.Api.Features.Auth;

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
        group.MapGet("/{id:int}/attendance", MemberAttendance.List).WithName("ListMemberAttendance")
            .WithAccess(Access.Self, Resource.Member);
        return group;
    }

    /// <summary>Creates a member with their college memberships.</summary>
    public static async Task<Results<Created<MemberResponse>, ProblemHttpResult>> CreateMember(
        MemberRequest request, MemberService members, CancellationToken ct)
    {
        var outcome = await members.CreateAsync(request, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/members/{outcome.Value!.Id}", outcome.Value)
            : TypedResults.Problem(outcome.Conflict!);
    }

    /// <summary>Invites a member to set a password, returning the one-time token (valid 7 days); earlier invitations
    /// are voided.</summary>
    public static async Task<Results<Ok<InvitationResponse>, NotFound>> InviteMember(
        int id, InvitationService invitations, CancellationToken ct) =>
        await invitations.InviteAsync(id, ct) is { } invitation ? TypedResults.Ok(invitation) : TypedResults.NotFound();

    /// <summary>Lists every member.</summary>
    public static async Task<Ok<List<MemberResponse>>> ListMembers(CpdDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Members.AsNoTracking()
                .Include(m => m.CollegeMemberships)
                .OrderBy(m => m.Id)
                .ToListAsync(ct))
            .Select(MemberResponse.From).ToList());

    /// <summary>Gets a member with their college memberships.</summary>
    public static async Task<Results<Ok<MemberResponse>, NotFound>> GetMember(
        int id, CpdDbContext db, CancellationToken ct) =>
        await db.Members.AsNoTracking()
            .Include(m => m.CollegeMemberships)
            .FirstOrDefaultAsync(m => m.Id == id, ct) is { } member
            ? TypedResults.Ok(MemberResponse.From(member))
            : TypedResults.NotFound();

    /// <summary>A new email moves the member's sign-in with it, in the same transaction (the old address becomes free);
    /// an email another account signs in with is a conflict and nothing changes.</summary>
    public static async Task<Results<Ok<MemberResponse>, NotFound, ProblemHttpResult>> UpdateMember(
        int id, MemberRequest request, MemberService members, CancellationToken ct)
    {
        var outcome = await members.UpdateAsync(id, request, ct);
        return outcome.IsNotFound ? TypedResults.NotFound()
            : outcome.Conflict is { } conflict ? TypedResults.Problem(conflict)
            : TypedResults.Ok(outcome.Value!);
    }
}
