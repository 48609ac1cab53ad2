namespace CpdTracker.Api.Features.Meetings;

public static class MeetingEndpoints
{
    public static RouteGroupBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:int}").WithTags("Meetings").WithRequestValidation();
        group.MapGet("/", GetMeeting).WithName(nameof(GetMeeting)).WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapPut("/", RescheduleMeeting).WithName(nameof(RescheduleMeeting))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapPost("/cancel", CancelMeeting).WithName(nameof(CancelMeeting))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapDelete("/", DeleteMeeting).WithName(nameof(DeleteMeeting))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        return group;
    }

    /// <summary>Gets a meeting.</summary>
    public static async Task<Results<Ok<MeetingResponse>, NotFound>> GetMeeting(
        int id, CpdDbContext db, CancellationToken ct) =>
        await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } meeting
            ? TypedResults.Ok(MeetingResponse.From(meeting))
            : TypedResults.NotFound();

    /// <summary>A new local start (in the meeting's zone), duration, mode or title, before the register
    /// is locked.</summary>
    public static async Task<Results<Ok<MeetingResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> RescheduleMeeting(
        int id, ScheduleMeetingRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        MeetingService meetings, CancellationToken ct) =>
        (await meetings.RescheduleAsync(id, request, ifMatch, ct)).ToHttp();

    /// <summary>Cancels a meeting with a reason: it earns nothing and leaves no certificates.</summary>
    public static async Task<Results<Ok<MeetingResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> CancelMeeting(
        int id, CancelMeetingRequest request, MeetingService meetings, CancellationToken ct) =>
        (await meetings.CancelAsync(id, request.Reason!.Trim(), ct)).ToHttp();

    /// <summary>Deletes a meeting scheduled by mistake, only while nothing was ever marked on its register.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteMeeting(
        int id, MeetingService meetings, CancellationToken ct)
    {
        var deleted = await meetings.DeleteAsync(id, ct);
        return deleted.IsNotFound ? TypedResults.NotFound()
            : deleted.Conflict is { } conflict ? TypedResults.Problem(conflict)
            : TypedResults.NoContent();
    }
}
