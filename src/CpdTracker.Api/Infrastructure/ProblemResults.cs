namespace CpdTracker.Api.Infrastructure;

public static class ProblemResults
{
    public static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static Conflict<ProblemDetails> Conflict(string title, string detail) =>
        TypedResults.Conflict(RegisterConflicts.Conflict(title, detail));
}
