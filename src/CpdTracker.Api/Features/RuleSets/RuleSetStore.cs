using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.RuleSets;

/// <summary>Rule sets from the database: the shipped ones are loaded at start-up, administrators add new versions.</summary>
public sealed class RuleSetStore(CpdDbContext db)
{
    public async Task<IReadOnlyList<RuleSet>> LatestAsync(CancellationToken ct)
    {
        var documents = await db.RuleSets.AsNoTracking().ToListAsync(ct);
        return documents.GroupBy(d => d.Code).Select(g => RuleSetJson.Parse(g.MaxBy(d => d.Version)!.Json)).ToList();
    }

    public async Task<RuleSet?> VersionAsync(string code, int version, CancellationToken ct) =>
        await db.RuleSets.AsNoTracking().Where(d => d.Code == code && d.Version == version).Select(d => d.Json).FirstOrDefaultAsync(ct) is { } json
            ? RuleSetJson.Parse(json)
            : null;

    /// <summary>Adds each shipped rule set whose code and version are not stored yet; safe to run on every start.</summary>
    public static async Task LoadShippedAsync(CpdDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var stored = (await db.RuleSets.Select(d => new { d.Code, d.Version }).ToListAsync(ct)).Select(d => (d.Code, d.Version)).ToHashSet();
        foreach (var rules in ShippedRuleSets.Load().Where(r => !stored.Contains((r.Code, r.Version))))
        {
            db.RuleSets.Add(new RuleSetDocument
            {
                College = rules.College, Code = rules.Code, Version = rules.Version, Json = RuleSetJson.Serialize(rules),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = "shipped",
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
