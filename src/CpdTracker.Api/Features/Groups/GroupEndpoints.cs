using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Groups;

public static class GroupEndpoints
{
    public static RouteGroupBuilder MapGroupEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/groups").WithTags("Groups").WithRequestValidation();
        group.MapPost("/", CreateGroup).WithName(nameof(CreateGroup)).WithAccess(Access.Admin);
        group.MapGet("/", ListGroups).WithName(nameof(ListGroups)).WithAccess(Access.SignedIn);
        group.MapGet("/{id:int}", GetGroup).WithName(nameof(GetGroup)).WithAccess(Access.GroupLeader, Resource.Group);
        group.MapPut("/{id:int}", UpdateGroup).WithName(nameof(UpdateGroup)).WithAccess(Access.Admin);
        return group;
    }

    /// <summary>Creates a group with its leaders, members and accreditations.</summary>
    public static async Task<Results<Created<GroupResponse>, ValidationProblem>> CreateGroup(GroupRequest request, CpdDbContext db, AuditLog audit, CancellationToken ct)
    {
        var missing = await MissingMembersAsync(db, request, ct);
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var group = new Group { Name = request.Name!, City = request.City!, TimeZone = request.TimeZone! };
        Apply(group, request);
        await audit.CreateAsync(group, () => group.Id, AuditEntity.Group, () => GroupResponse.From(group), ct);
        return TypedResults.Created($"/api/groups/{group.Id}", GroupResponse.From(group));
    }

    /// <summary>Administrators see every group; anyone else the groups they lead.</summary>
    public static async Task<Ok<List<GroupResponse>>> ListGroups(CpdDbContext db, CurrentUser me, CancellationToken ct)
    {
        var led = me.IsAdmin ? null : await me.GroupsLedAsync(ct);
        var groups = await Load(db).AsNoTracking().Where(g => led == null || led.Contains(g.Id)).OrderBy(g => g.Id).ToListAsync(ct);
        return TypedResults.Ok(groups.Select(GroupResponse.From).ToList());
    }

    /// <summary>Gets a group with its leaders, enrolments and accreditations.</summary>
    public static async Task<Results<Ok<GroupResponse>, NotFound>> GetGroup(int id, CpdDbContext db, CancellationToken ct) =>
        await Load(db).AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is { } group
            ? TypedResults.Ok(GroupResponse.From(group))
            : TypedResults.NotFound();

    /// <summary>Replaces a group's details, leaders, members and accreditations.</summary>
    public static async Task<Results<Ok<GroupResponse>, NotFound, ValidationProblem>> UpdateGroup(
        int id, GroupRequest request, CpdDbContext db, UnitOfWork work, AuditLog audit, CancellationToken ct)
    {
        var group = await Load(db).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return TypedResults.NotFound();
        }

        var missing = await MissingMembersAsync(db, request, ct);
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var before = GroupResponse.From(group);
        await work.SaveAsync(() =>
        {
            Apply(group, request);
            audit.Record(AuditEntity.Group, id, AuditAction.Updated, before, GroupResponse.From(group));
        }, ct);
        return TypedResults.Ok(GroupResponse.From(group));
    }

    private static IQueryable<Group> Load(CpdDbContext db) =>
        db.Groups.Include(g => g.Leaders).Include(g => g.Enrolments).AsSplitQuery();

    private static Task<Dictionary<string, string[]>> MissingMembersAsync(CpdDbContext db, GroupRequest r, CancellationToken ct) =>
        MemberLookup.MissingAsync(db, (r.Leaders ?? []).Select((l, i) => ($"leaders[{i}].memberId", l.MemberId))
            .Concat((r.MemberIds ?? []).Select((m, i) => ($"memberIds[{i}]", m)))
            .Concat((r.Enrolments ?? []).Select((e, i) => ($"enrolments[{i}].memberId", e.MemberId))), ct);

    private static void Apply(Group group, GroupRequest r)
    {
        group.Name = r.Name!;
        group.City = r.City!;
        group.TimeZone = r.TimeZone!;
        group.Mode = r.Mode!.Value;
        group.Accreditations = AccreditationRules.ToDomain(r.Accreditations);
        group.Leaders.Clear();
        group.Leaders.AddRange(r.Leaders!.Select(l => new GroupLeader { MemberId = l.MemberId, Role = l.Role!.Value }));
        group.Enrolments.Clear();
        group.Enrolments.AddRange((r.MemberIds ?? []).Select(m => new Enrolment { MemberId = m }));
        group.Enrolments.AddRange((r.Enrolments ?? []).Select(e => new Enrolment { MemberId = e.MemberId, JoinedOn = e.JoinedOn, LeftOn = e.LeftOn }));
    }
}
