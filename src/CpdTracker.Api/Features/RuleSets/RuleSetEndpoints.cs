using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.RuleSets;

public sealed record RuleSetSummary(
    string Code, string College, int Version, string Name, DateOnly ValidFrom, DateOnly? ValidTo, string Unit);

public static class RuleSetEndpoints
{
    public static RouteGroupBuilder MapRuleSetEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rule-sets").WithTags("Rule sets").WithAccess(Access.Admin);
        group.MapGet("/", ListRuleSets).WithName(nameof(ListRuleSets));
        group.MapGet("/{code}", GetRuleSet).WithName(nameof(GetRuleSet));
        group.MapPut("/{code}", ReplaceRuleSet).WithName(nameof(ReplaceRuleSet));
        return group;
    }

    /// <summary>Lists the latest version of every college's rule sets.</summary>
    public static async Task<Ok<List<RuleSetSummary>>> ListRuleSets(RuleSetStore store, CancellationToken ct) =>
        TypedResults.Ok((await store.LatestAsync(ct)).OrderBy(r => r.College).ThenBy(r => r.ValidFrom)
            .Select(r => new RuleSetSummary(r.Code, r.College, r.Version, r.Name, r.ValidFrom, r.ValidTo, r.UnitName))
            .ToList());

    /// <summary>Gets a rule set: the latest version, or the one ?version= names.</summary>
    public static async Task<Results<Ok<RuleSet>, NotFound>> GetRuleSet(
        string code, int? version, RuleSetStore store, CancellationToken ct)
    {
        var found = version is { } v
            ? await store.VersionAsync(code, v, ct)
            : (await store.LatestAsync(ct)).FirstOrDefault(r => r.Code == code);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(found);
    }

    /// <summary>A replacement is stored as the next version; earlier versions stay for the statements they
    /// produced.</summary>
    public static async Task<Results<Ok<RuleSet>, NotFound, ValidationProblem>> ReplaceRuleSet(
        string code, HttpRequest request, RuleSetReplacement replacement, CancellationToken ct)
    {
        var json = await new StreamReader(request.Body).ReadToEndAsync(ct);
        var replaced = await replacement.ReplaceAsync(code, json, ct);
        return replaced.IsNotFound ? TypedResults.NotFound()
            : replaced.Errors is { } errors ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(replaced.Value!);
    }
}
