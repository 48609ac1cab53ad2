namespace CpdTracker.Api.Features.Meetings;

public static class GroupMeetingEndpoints
{
    public static RouteGroupBuilder MapGroupMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/groups/{groupId:int}/meetings").WithTags("Meetings").WithRequestValidation();
        group.MapPost("/", ScheduleMeeting).WithName(nameof(ScheduleMeeting))
            .WithAccess(Access.GroupLeader, Resource.Group, "groupId");
        group.MapGet("/", ListMeetings).WithName(nameof(ListMeetings))
            .WithAccess(Access.GroupLeader, Resource.Group, "groupId");
        return group;
    }

    /// <summary>Schedules a meeting of the group at a local start time in the group's zone.</summary>
    public static async Task<Results<Created<MeetingResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> ScheduleMeeting(
        int groupId, ScheduleMeetingRequest request, MeetingService meetings, CancellationToken ct) =>
        (await meetings.ScheduleAsync(groupId, request, ct)).ToCreated(m => $"/api/meetings/{m.Id}");

    /// <summary>Lists the group's meetings in start order, optionally from and to local dates.</summary>
    public static async Task<Results<Ok<List<MeetingResponse>>, NotFound, ValidationProblem>> ListMeetings(
        int groupId, [AsParameters] DateRangeQuery range, CpdDbContext db, CancellationToken ct)
    {
        var (from, to) = (range.From, range.To);
        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct))
        {
            return TypedResults.NotFound();
        }

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.GroupId == groupId && (from == null || m.LocalDate >= from)
                && (to == null || m.LocalDate <= to))
            .OrderBy(m => m.StartsAtUtc).ToListAsync(ct);
        return TypedResults.Ok(meetings.Select(MeetingResponse.From).ToList());
    }
}
