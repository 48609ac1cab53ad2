using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Auth;

namespace CpdTracker.Api.Features.Members;

public static class MemberEndpoints
{
    public static RouteGroupBuilder MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/members").WithTags("Members").WithRequestValidation();
        group.MapPost("/", CreateMember).WithName(nameof(CreateMember)).WithAccess(Access.Admin);
        group.MapGet("/", ListMembers).WithName(nameof(ListMembers)).WithAccess(Access.Admin);
        group.MapGet("/{id:int}", GetMember).WithName(nameof(GetMember)).WithAccess(Access.Self);
        group.MapPut("/{id:int}", UpdateMember).WithName(nameof(UpdateMember)).WithAccess(Access.Admin);
        group.MapPost("/{id:int}/invitation", InviteMember).WithName(nameof(InviteMember)).WithAccess(Access.Admin);
        group.MapGet("/{id:int}/attendance", MemberAttendance.List).WithName("ListMemberAttendance").WithAccess(Access.Self);
        return group;
    }

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

    public static async Task<Results<Ok<InvitationResponse>, NotFound>> InviteMember(int id, InvitationService invitations, CancellationToken ct) =>
        await invitations.InviteAsync(id, ct) is { } invitation ? TypedResults.Ok(invitation) : TypedResults.NotFound();

    public static async Task<Ok<List<MemberResponse>>> ListMembers(CpdDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Members.AsNoTracking().Include(m => m.CollegeMemberships).OrderBy(m => m.Id).ToListAsync(ct))
            .Select(MemberResponse.From).ToList());

    public static async Task<Results<Ok<MemberResponse>, NotFound>> GetMember(int id, CpdDbContext db, CancellationToken ct) =>
        await db.Members.AsNoTracking().Include(m => m.CollegeMemberships).FirstOrDefaultAsync(m => m.Id == id, ct) is { } member
            ? TypedResults.Ok(MemberResponse.From(member))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<MemberResponse>, NotFound, ProblemHttpResult>> UpdateMember(
        int id, MemberRequest request, CpdDbContext db, UnitOfWork work, AuditLog audit, CancellationToken ct)
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
        await work.SaveAsync(() =>
        {
            member.Email = email;
            Apply(member, request);
            audit.Record(AuditEntity.Member, id, AuditAction.Updated, before, MemberResponse.From(member));
        }, ct);
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
        ProblemResults.Conflict("The email is already in use.", $"Another member already has the email {email}.");
}
