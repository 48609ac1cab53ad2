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
    public static async Task<Results<Created<GroupResponse>, ValidationProblem>> CreateGroup(
        GroupRequest request, GroupService groups, CancellationToken ct)
    {
        var outcome = await groups.CreateAsync(request, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/groups/{outcome.Value!.Id}", outcome.Value)
            : TypedResults.ValidationProblem(outcome.Errors!);
    }

    /// <summary>Administrators see every group; anyone else the groups they lead.</summary>
    public static async Task<Ok<List<GroupResponse>>> ListGroups(CpdDbContext db, CurrentUser me, CancellationToken ct)
    {
        var led = me.IsAdmin ? null : await me.GroupsLedAsync(ct);
        var groups = await Load(db).AsNoTracking()
            .Where(g => led == null || led.Contains(g.Id))
            .OrderBy(g => g.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(groups.Select(GroupResponse.From).ToList());
    }

    /// <summary>Gets a group with its leaders, enrolments and accreditations.</summary>
    public static async Task<Results<Ok<GroupResponse>, NotFound>> GetGroup(
        int id, CpdDbContext db, CancellationToken ct) =>
        await Load(db).AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct) is { } group
            ? TypedResults.Ok(GroupResponse.From(group))
            : TypedResults.NotFound();

    /// <summary>Replaces a group's details, leaders, members and accreditations.</summary>
    public static async Task<Results<Ok<GroupResponse>, NotFound, ValidationProblem>> UpdateGroup(
        int id, GroupRequest request, GroupService groups, CancellationToken ct)
    {
        var outcome = await groups.UpdateAsync(id, request, ct);
        return outcome.IsNotFound ? TypedResults.NotFound()
            : outcome.Errors is { } errors ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(outcome.Value!);
    }

    private static IQueryable<Group> Load(CpdDbContext db) =>
        db.Groups.Include(g => g.Leaders).Include(g => g.Enrolments).AsSplitQuery();
}
