namespace CpdTracker.Api.Infrastructure;

/// <summary>The 409 answers a register can give, worded for the leader who sees them.</summary>
public static class RegisterConflicts
{
    public static ProblemDetails ChangedMeanwhile() => Conflict(
        "The register was changed by someone else.", "Reload the register and make your changes again.");

    public static ProblemDetails Locked(int meetingId) => Conflict(
        "The register is locked.", $"Meeting {meetingId} is locked; an administrator must unlock it (with a reason) before it can change.");

    public static ProblemDetails Conflict(string title, string detail) =>
        new() { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail };
}
