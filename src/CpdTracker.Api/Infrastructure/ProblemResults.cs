namespace CpdTracker.Api.Infrastructure;

public static class ProblemResults
{
    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A 409 as problem details (application/problem+json), worded for the person who sees it.</summary>
    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(Conflicts.Problem(title, detail));
}
