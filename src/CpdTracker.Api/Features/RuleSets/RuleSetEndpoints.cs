using System.Text.Json;
using CpdTracker.Domain.Credit;
using CpdTracker.Api.Features.Audit;

namespace CpdTracker.Api.Features.RuleSets;

public sealed record RuleSetSummary(string Code, string College, int Version, string Name, DateOnly ValidFrom, DateOnly? ValidTo, string Unit);

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
            .Select(r => new RuleSetSummary(r.Code, r.College, r.Version, r.Name, r.ValidFrom, r.ValidTo, r.UnitName)).ToList());

    /// <summary>Gets a rule set: the latest version, or the one ?version= names.</summary>
    public static async Task<Results<Ok<RuleSet>, NotFound>> GetRuleSet(string code, int? version, RuleSetStore store, CancellationToken ct)
    {
        var found = version is { } v ? await store.VersionAsync(code, v, ct) : (await store.LatestAsync(ct)).FirstOrDefault(r => r.Code == code);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(found);
    }

    /// <summary>A replacement is stored as the next version; earlier versions stay for the statements they produced.</summary>
    public static async Task<Results<Ok<RuleSet>, NotFound, ValidationProblem>> ReplaceRuleSet(
        string code, HttpRequest request, CpdDbContext db, UnitOfWork work, RuleSetStore store, AuditLog audit, TimeProvider clock, CurrentUser me, CancellationToken ct)
    {
        var current = (await store.LatestAsync(ct)).FirstOrDefault(r => r.Code == code);
        if (current is null)
        {
            return TypedResults.NotFound();
        }

        RuleSet proposed;
        try
        {
            proposed = RuleSetJson.Parse(await new StreamReader(request.Body).ReadToEndAsync(ct)) with { Version = current.Version + 1 };
        }
        catch (JsonException e)
        {
            var (field, message) = RequestReadProblems.Describe(e, typeof(RuleSet));
            return ProblemResults.Field(field, message);
        }
        catch (CreditRuleException e)
        {
            return ProblemResults.Field("body", e.Message);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reports an escaped lone surrogate ("\uD800") this way, not as a JsonException.
            return ProblemResults.Field("body", "The document holds an escaped character that is not valid text (an unpaired UTF-16 surrogate).");
        }

        var problems = new RuleSetValidator().Validate(proposed).ToDictionary();
        foreach (var (field, messages) in new RuleSetTextValidator().Validate(proposed).ToDictionary())
        {
            problems[field] = messages;
        }

        if (proposed.Code != code || proposed.College != current.College)
        {
            problems["code"] = [$"The document must keep code {code} and college {current.College}."];
        }

        var overlaps = RuleSetOverlap.Find((await store.LatestAsync(ct)).Where(r => r.Code != code).Append(proposed));
        if (overlaps.Count > 0)
        {
            problems["validFrom"] = [.. overlaps];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        await work.SaveAsync(() =>
        {
            db.RuleSets.Add(new RuleSetDocument
            {
                College = proposed.College, Code = code, Version = proposed.Version, Json = RuleSetJson.Serialize(proposed),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = me.Name,
            });
            audit.Record(AuditEntity.RuleSet, code, AuditAction.Replaced, new { current.Version }, proposed);
        }, ct);
        return TypedResults.Ok(proposed);
    }
}
