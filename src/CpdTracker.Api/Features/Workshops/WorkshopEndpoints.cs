using CpdTracker.Api.Features.Meetings;

namespace CpdTracker.Api.Features.Workshops;

public static class WorkshopEndpoints
{
    public static RouteGroupBuilder MapWorkshopEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workshops").WithTags("Workshops").WithRequestValidation()
            .WithAccess(Access.Admin);
        group.MapPost("/", CreateWorkshop).WithName(nameof(CreateWorkshop));
        group.MapGet("/", ListWorkshops).WithName(nameof(ListWorkshops));
        group.MapGet("/{id:int}", GetWorkshop).WithName(nameof(GetWorkshop));
        group.MapPost("/{id:int}/sessions", AddSession).WithName(nameof(AddSession));
        return group;
    }

    /// <summary>Creates a workshop with its dates, accreditations and participants.</summary>
    public static async Task<Results<Created<WorkshopResponse>, ValidationProblem>> CreateWorkshop(
        WorkshopRequest request, WorkshopService workshops, CancellationToken ct)
    {
        var outcome = await workshops.CreateAsync(request, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/workshops/{outcome.Value!.Id}", outcome.Value)
            : TypedResults.ValidationProblem(outcome.Errors!);
    }

    /// <summary>Lists workshops by start date, each with its sessions.</summary>
    public static async Task<Ok<List<WorkshopResponse>>> ListWorkshops(CpdDbContext db, CancellationToken ct)
    {
        var workshops = await db.Workshops.AsNoTracking()
            .Include(w => w.Participants)
            .OrderBy(w => w.StartDate)
            .ToListAsync(ct);
        var sessions = (await db.Meetings.AsNoTracking().Where(m => m.WorkshopId != null).ToListAsync(ct))
            .ToLookup(m => m.WorkshopId);
        return TypedResults.Ok(workshops.Select(w => WorkshopResponse.From(w, sessions[w.Id])).ToList());
    }

    /// <summary>Gets a workshop with its sessions.</summary>
    public static async Task<Results<Ok<WorkshopResponse>, NotFound>> GetWorkshop(
        int id, WorkshopService workshops, CancellationToken ct) =>
        await workshops.GetAsync(id, ct) is { } workshop ? TypedResults.Ok(workshop) : TypedResults.NotFound();

    /// <summary>Adds a session to a workshop, on a date within the workshop's dates.</summary>
    public static async Task<Results<Created<MeetingResponse>, NotFound, ValidationProblem>> AddSession(
        int id, SessionRequest request, WorkshopService workshops, CancellationToken ct)
    {
        var outcome = await workshops.AddSessionAsync(id, request, ct);
        return outcome.IsNotFound ? TypedResults.NotFound()
            : outcome.Errors is { } errors ? TypedResults.ValidationProblem(errors)
            : TypedResults.Created($"/api/meetings/{outcome.Value!.Id}", outcome.Value);
    }
}
