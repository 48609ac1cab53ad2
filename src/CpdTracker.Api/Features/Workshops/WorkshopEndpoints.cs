using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Workshops;

public static class WorkshopEndpoints
{
    public static RouteGroupBuilder MapWorkshopEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workshops").WithTags("Workshops").WithRequestValidation().WithAccess(Access.Admin);
        group.MapPost("/", CreateWorkshop).WithName(nameof(CreateWorkshop));
        group.MapGet("/", ListWorkshops).WithName(nameof(ListWorkshops));
        group.MapGet("/{id:int}", GetWorkshop).WithName(nameof(GetWorkshop));
        group.MapPost("/{id:int}/sessions", AddSession).WithName(nameof(AddSession));
        return group;
    }

    /// <summary>Creates a workshop with its dates, accreditations and participants.</summary>
    public static async Task<Results<Created<WorkshopResponse>, ValidationProblem>> CreateWorkshop(
        WorkshopRequest request, CpdDbContext db, AuditLog audit, CancellationToken ct)
    {
        var missing = await MemberLookup.MissingAsync(db, (request.ParticipantIds ?? []).Select((m, i) => ($"participantIds[{i}]", m)), ct);
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var workshop = new Workshop
        {
            Title = request.Title!, Venue = request.Venue!, TimeZone = request.TimeZone!,
            StartDate = request.StartDate!.Value, EndDate = request.EndDate!.Value,
            Accreditations = AccreditationRules.ToDomain(request.Accreditations),
            Participants = (request.ParticipantIds ?? []).Select(m => new WorkshopParticipant { MemberId = m }).ToList(),
        };
        await audit.CreateAsync(workshop, () => workshop.Id, AuditEntity.Workshop, () => WorkshopResponse.From(workshop, []), ct);
        return TypedResults.Created($"/api/workshops/{workshop.Id}", WorkshopResponse.From(workshop, []));
    }

    /// <summary>Lists workshops by start date, each with its sessions.</summary>
    public static async Task<Ok<List<WorkshopResponse>>> ListWorkshops(CpdDbContext db, CancellationToken ct)
    {
        var workshops = await db.Workshops.AsNoTracking().Include(w => w.Participants).OrderBy(w => w.StartDate).ToListAsync(ct);
        var sessions = (await db.Meetings.AsNoTracking().Where(m => m.WorkshopId != null).ToListAsync(ct)).ToLookup(m => m.WorkshopId);
        return TypedResults.Ok(workshops.Select(w => WorkshopResponse.From(w, sessions[w.Id])).ToList());
    }

    /// <summary>Gets a workshop with its sessions.</summary>
    public static async Task<Results<Ok<WorkshopResponse>, NotFound>> GetWorkshop(int id, CpdDbContext db, CancellationToken ct)
    {
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Participants).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        var sessions = await db.Meetings.AsNoTracking().Where(m => m.WorkshopId == id).ToListAsync(ct);
        return TypedResults.Ok(WorkshopResponse.From(workshop, sessions));
    }

    /// <summary>Adds a session to a workshop, on a date within the workshop's dates.</summary>
    public static async Task<Results<Created<MeetingResponse>, NotFound, ValidationProblem>> AddSession(
        int id, SessionRequest request, CpdDbContext db, AuditLog audit, CancellationToken ct)
    {
        var workshop = await db.Workshops.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return TypedResults.NotFound();
        }

        var session = MeetingScheduler.Create(workshop.TimeZone, request.StartsAtLocal!, request.DurationMinutes, request.Mode!.Value,
            request.Kind!.Value, request.Title!.Trim());
        if (session.LocalDate < workshop.StartDate || session.LocalDate > workshop.EndDate)
        {
            return ProblemResults.Field("startsAtLocal", $"The session's date {session.LocalDate:yyyy-MM-dd} is outside the workshop ({workshop.StartDate:yyyy-MM-dd} to {workshop.EndDate:yyyy-MM-dd}).");
        }

        session.WorkshopId = id;
        await audit.CreateAsync(session, () => session.Id, AuditEntity.Meeting, () => MeetingResponse.From(session), ct);
        return TypedResults.Created($"/api/meetings/{session.Id}", MeetingResponse.From(session));
    }
}
