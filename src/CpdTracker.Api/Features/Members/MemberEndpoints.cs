namespace CpdTracker.Api.Features.Members;

public static class MemberEndpoints
{
    public static RouteGroupBuilder MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/members").WithTags("Members").WithRequestValidation();
        group.MapPost("/", CreateMember).WithName(nameof(CreateMember));
        group.MapGet("/", ListMembers).WithName(nameof(ListMembers));
        group.MapGet("/{id:int}", GetMember).WithName(nameof(GetMember));
        group.MapPut("/{id:int}", UpdateMember).WithName(nameof(UpdateMember));
        return group;
    }

    public static async Task<Results<Created<MemberResponse>, Conflict<ProblemDetails>>> CreateMember(
        MemberRequest request, CpdDbContext db, CancellationToken ct)
    {
        var email = request.Email!.Trim();
        if (await db.Members.AnyAsync(m => m.Email == email, ct))
        {
            return DuplicateEmail(email);
        }

        var member = new Member { FullName = request.FullName!, Email = email };
        Apply(member, request);
        db.Members.Add(member);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/members/{member.Id}", MemberResponse.From(member));
    }

    public static async Task<Ok<List<MemberResponse>>> ListMembers(CpdDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Members.AsNoTracking().Include(m => m.CollegeMemberships).OrderBy(m => m.Id).ToListAsync(ct))
            .Select(MemberResponse.From).ToList());

    public static async Task<Results<Ok<MemberResponse>, NotFound>> GetMember(int id, CpdDbContext db, CancellationToken ct) =>
        await db.Members.AsNoTracking().Include(m => m.CollegeMemberships).FirstOrDefaultAsync(m => m.Id == id, ct) is { } member
            ? TypedResults.Ok(MemberResponse.From(member))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<MemberResponse>, NotFound, Conflict<ProblemDetails>>> UpdateMember(
        int id, MemberRequest request, CpdDbContext db, CancellationToken ct)
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

        member.Email = email;
        Apply(member, request);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(MemberResponse.From(member));
    }

    private static void Apply(Member member, MemberRequest request)
    {
        member.FullName = request.FullName!;
        member.Profession = request.Profession!.Value;
        member.Country = request.Country!.Value;
        member.CollegeMemberships.Clear();
        member.CollegeMemberships.AddRange((request.CollegeMemberships ?? []).Select(c =>
            new CollegeMembership { College = c.College!, MemberNumber = c.MemberNumber!.Trim(), CycleStart = c.CycleStart }));
    }

    private static Conflict<ProblemDetails> DuplicateEmail(string email) =>
        ProblemResults.Conflict("The email is already in use.", $"Another member already has the email {email}.");
}
