namespace CpdTracker.Api.Infrastructure;

/// <summary>The 409 answers of the app, worded for the leader or administrator who sees them.</summary>
public static class Conflicts
{
    public static ProblemDetails ChangedMeanwhile() => Problem(
        "The register was changed by someone else.", "Reload the register and make your changes again.");

    public static ProblemDetails Locked(int meetingId) => Problem(
        "The register is locked.",
        $"Meeting {meetingId} is locked; an administrator must unlock it (with a reason) before it can change.");

    public static ProblemDetails Cancelled(int meetingId) => Problem(
        "The meeting was cancelled.", $"Meeting {meetingId} was cancelled; its register cannot change.");

    public static ProblemDetails Problem(string title, string detail) =>
        new()
        {
            Status = StatusCodes.Status409Conflict,
            Title = title,
            Detail = detail,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        };
}
