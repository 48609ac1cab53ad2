namespace CpdTracker.Api.Infrastructure;

/// <summary>What a feature service answers, for an endpoint or a page alike: the value, not found, field errors or
/// a conflict.</summary>
public sealed class Outcome<T>
{
    private Outcome()
    {
    }

    public T? Value { get; private init; }
    public bool IsNotFound { get; private init; }
    public IDictionary<string, string[]>? Errors { get; private init; }
    public ProblemDetails? Conflict { get; private init; }

    public bool Succeeded => !IsNotFound && Errors is null && Conflict is null;

    public static Outcome<T> Ok(T value) => new() { Value = value };

    public static Outcome<T> NotFound() => new() { IsNotFound = true };

    public static Outcome<T> Invalid(IDictionary<string, string[]> errors) => new() { Errors = errors };

    public static Outcome<T> Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> Conflicted(ProblemDetails problem) => new() { Conflict = problem };

    public Outcome<TOther> Map<TOther>(Func<T, TOther> map) =>
        Succeeded
            ? Outcome<TOther>.Ok(map(Value!))
            : new() { IsNotFound = IsNotFound, Errors = Errors, Conflict = Conflict };

    /// <summary>The HTTP answer: 200, 404, 400 with field errors, or 409 — every one of them problem details but
    /// the 200.</summary>
    public Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult> ToHttp() =>
        IsNotFound ? TypedResults.NotFound()
        : Errors is not null ? TypedResults.ValidationProblem(Errors)
        : Conflict is not null ? TypedResults.Problem(Conflict)
        : TypedResults.Ok(Value!);

    /// <summary>As <see cref="ToHttp"/>, with 201 and the new resource's address on success.</summary>
    public Results<Created<T>, NotFound, ValidationProblem, ProblemHttpResult> ToCreated(Func<T, string> location) =>
        IsNotFound ? TypedResults.NotFound()
        : Errors is not null ? TypedResults.ValidationProblem(Errors)
        : Conflict is not null ? TypedResults.Problem(Conflict)
        : TypedResults.Created(location(Value!), Value!);
}
