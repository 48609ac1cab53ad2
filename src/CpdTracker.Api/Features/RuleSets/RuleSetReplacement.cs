using System.Text.Json;
using CpdTracker.Api.Features.Audit;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.RuleSets;

/// <summary>Replaces a rule set with a new version from its JSON, for the API and the rules page alike. Every problem
/// found is returned by its path in the document; nothing is stored unless there are none.</summary>
public sealed class RuleSetReplacement(CpdDbContext db, UnitOfWork work, RuleSetStore store, AuditLog audit,
    TimeProvider clock, CurrentUser me)
{
    public async Task<Outcome<RuleSet>> ReplaceAsync(string code, string json, CancellationToken ct)
    {
        var current = (await store.LatestAsync(ct)).FirstOrDefault(r => r.Code == code);
        if (current is null)
        {
            return Outcome<RuleSet>.NotFound();
        }

        RuleSet proposed;
        try
        {
            proposed = RuleSetJson.Parse(json) with { Version = current.Version + 1 };
        }
        catch (JsonException e)
        {
            var (field, message) = RequestReadProblems.Describe(e, typeof(RuleSet));
            return Outcome<RuleSet>.Invalid(field, message);
        }
        catch (CreditRuleException e)
        {
            return Outcome<RuleSet>.Invalid("body", e.Message);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reports an escaped lone surrogate ("\uD800") this way, not as a JsonException.
            return Outcome<RuleSet>.Invalid("body",
                "The document holds an escaped character that is not valid text (an unpaired UTF-16 surrogate).");
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
            return Outcome<RuleSet>.Invalid(problems);
        }

        await work.SaveAsync(() =>
        {
            db.RuleSets.Add(new RuleSetDocument
            {
                College = proposed.College, Code = code, Version = proposed.Version,
                Json = RuleSetJson.Serialize(proposed),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = me.Name,
            });
            audit.Record(AuditEntity.RuleSet, code, AuditAction.Replaced, new { current.Version }, proposed);
        }, ct);
        return Outcome<RuleSet>.Ok(proposed);
    }
}
