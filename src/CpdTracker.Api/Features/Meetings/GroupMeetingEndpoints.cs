using CpdTracker.Api.Features.Audit;

namespace CpdTracker.Api.Features.Meetings;

public static class GroupMeetingEndpoints
{
    public static RouteGroupBuilder MapGroupMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/groups/{groupId:int}/meetings").WithTags("Meetings").WithRequestValidation();
        group.MapPost("/", ScheduleMeeting).WithName(nameof(ScheduleMeeting)).WithAccess(Access.GroupLeader);
        group.MapGet("/", ListMeetings).WithName(nameof(ListMeetings)).WithAccess(Access.GroupLeader);
        return group;
    }

    public static async Task<Results<Created<MeetingResponse>, NotFound, Conflict<ProblemDetails>>> ScheduleMeeting(
        int groupId, ScheduleMeetingRequest request, CpdDbContext db, AuditLog audit, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return TypedResults.NotFound();
        }

        var meeting = MeetingScheduler.Create(group.TimeZone, request.StartsAtLocal!, request.DurationMinutes, request.Mode!.Value,
            ActivityKind.GroupMeeting, string.IsNullOrWhiteSpace(request.Title) ? group.Name : request.Title.Trim());
        meeting.GroupId = group.Id;
        if (await db.Meetings.AnyAsync(m => m.GroupId == groupId && m.StartsAtUtc == meeting.StartsAtUtc, ct))
        {
            return ProblemResults.Conflict("The group already meets then.", $"{group.Name} already has a meeting starting at {request.StartsAtLocal} ({group.TimeZone}).");
        }

        await audit.CreateAsync(meeting, () => meeting.Id, "Meeting", () => MeetingResponse.From(meeting), ct);
        return TypedResults.Created($"/api/meetings/{meeting.Id}", MeetingResponse.From(meeting));
    }

    public static async Task<Results<Ok<List<MeetingResponse>>, NotFound, ValidationProblem>> ListMeetings(
        int groupId, DateOnly? from, DateOnly? to, CpdDbContext db, CancellationToken ct)
    {
        if (from > to)
        {
            return ProblemResults.Field("from", "from must not be after to.");
        }

        if (!await db.Groups.AnyAsync(g => g.Id == groupId, ct))
        {
            return TypedResults.NotFound();
        }

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.GroupId == groupId && (from == null || m.LocalDate >= from) && (to == null || m.LocalDate <= to))
            .OrderBy(m => m.StartsAtUtc).ToListAsync(ct);
        return TypedResults.Ok(meetings.Select(MeetingResponse.From).ToList());
    }
}
