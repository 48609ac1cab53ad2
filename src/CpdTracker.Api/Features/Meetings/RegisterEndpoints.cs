namespace CpdTracker.Api.Features.Meetings;

public static class RegisterEndpoints
{
    public static RouteGroupBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:int}").WithTags("Registers").WithRequestValidation();
        group.MapGet("/attendance", GetRegister).WithName(nameof(GetRegister))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapPut("/attendance", SaveRegister).WithName(nameof(SaveRegister))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapPut("/attendance/{memberId:int}", CorrectAttendance).WithName(nameof(CorrectAttendance))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapDelete("/attendance/{memberId:int}", UnmarkAttendance).WithName(nameof(UnmarkAttendance))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapPost("/lock", LockRegister).WithName(nameof(LockRegister))
            .WithAccess(Access.GroupLeader, Resource.Meeting);
        group.MapPost("/unlock", UnlockRegister).WithName(nameof(UnlockRegister)).WithAccess(Access.Admin);
        return group;
    }

    /// <summary>Gets the meeting's register: every expected member, marked or not, and the version to send
    /// as If-Match.</summary>
    public static async Task<Results<Ok<RegisterResponse>, NotFound, ValidationProblem, ProblemHttpResult>> GetRegister(
        int id, RegisterService registers, CancellationToken ct) => (await registers.GetAsync(id, ct)).ToHttp();

    /// <summary>The whole register in one call; members marked now and missing from it are refused by name unless
    /// listed in "unmark".</summary>
    public static async Task<Results<Ok<RegisterResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> SaveRegister(
        int id, SaveRegisterRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        RegisterService registers, CancellationToken ct) =>
        (await registers.SaveAsync(id,
            request.Entries!
                .Select(e => new RegisterEntry(e.MemberId, e.Status!.Value, e.MinutesAttended, e.Role))
                .ToList(),
            request.Unmark ?? [], ifMatch, ct)).ToHttp();

    /// <summary>Marks or corrects one member's line, leaving the others as they are.</summary>
    public static async Task<Results<Ok<RegisterResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> CorrectAttendance(
        int id, int memberId, CorrectAttendanceRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        RegisterService registers, CancellationToken ct) =>
        (await registers.CorrectAsync(id,
            new RegisterEntry(memberId, request.Status!.Value, request.MinutesAttended, request.Role),
            ifMatch, ct)).ToHttp();

    /// <summary>Removes one member's line from the register, before it is locked.</summary>
    public static async Task<Results<Ok<RegisterResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> UnmarkAttendance(
        int id, int memberId, [FromHeader(Name = "If-Match")] string? ifMatch, RegisterService registers,
        CancellationToken ct) =>
        (await registers.UnmarkAsync(id, memberId, ifMatch, ct)).ToHttp();

    /// <summary>Closes the register once the meeting has started; certificates follow in the background.</summary>
    public static async Task<Results<Ok<RegisterResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> LockRegister(
        int id, RegisterService registers, CancellationToken ct) => (await registers.LockAsync(id, ct)).ToHttp();

    /// <summary>Reopens a locked register, with a reason, so it can be corrected.</summary>
    public static async Task<Results<Ok<RegisterResponse>, NotFound, ValidationProblem,
        ProblemHttpResult>> UnlockRegister(
        int id, UnlockRequest request, RegisterService registers, CancellationToken ct) =>
        (await registers.UnlockAsync(id, request.Reason!.Trim(), ct)).ToHttp();
}
