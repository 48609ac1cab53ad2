using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.RuleSets;

public sealed record RuleSetVersion(string College, string Code, int Version, DateTime CreatedAtUtc, string CreatedBy);

/// <summary>Rule sets from the database: the shipped ones are loaded at start-up, administrators add new
/// versions.</summary>
public sealed class RuleSetStore(CpdDbContext db, RuleSetCache cache)
{
    /// <summary>The newest version of every code; only ids are read on each call, a document's JSON once per
    /// app.</summary>
    public async Task<IReadOnlyList<RuleSet>> LatestAsync(CancellationToken ct)
    {
        var latest = (await db.RuleSets.AsNoTracking().Select(d => new { d.Id, d.Code, d.Version }).ToListAsync(ct))
            .GroupBy(d => d.Code).Select(g => g.MaxBy(d => d.Version)!.Id).ToList();
        var result = new List<RuleSet>(latest.Count);
        foreach (var id in latest)
        {
            result.Add(cache.GetOrParse(id,
                () => db.RuleSets.AsNoTracking().Where(d => d.Id == id).Select(d => d.Json).First()));
        }

        return result;
    }

    public async Task<RuleSet?> VersionAsync(string code, int version, CancellationToken ct) =>
        await db.RuleSets.AsNoTracking()
            .Where(d => d.Code == code && d.Version == version)
            .Select(d => d.Json)
            .FirstOrDefaultAsync(ct) is { } json
            ? RuleSetJson.Parse(json)
            : null;

    /// <summary>Every stored version of every code, newest first within a code: who stored it and when.</summary>
    public Task<List<RuleSetVersion>> VersionsAsync(CancellationToken ct) =>
        db.RuleSets.AsNoTracking().OrderBy(d => d.College).ThenBy(d => d.Code).ThenByDescending(d => d.Version)
            .Select(d => new RuleSetVersion(d.College, d.Code, d.Version,
                DateTime.SpecifyKind(d.CreatedAtUtc, DateTimeKind.Utc), d.CreatedBy))
            .ToListAsync(ct);

    /// <summary>Adds each shipped rule set whose code and version are not stored yet; safe to run on every
    /// start.</summary>
    public static async Task LoadShippedAsync(CpdDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var stored = (await db.RuleSets.Select(d => new { d.Code, d.Version }).ToListAsync(ct))
            .Select(d => (d.Code, d.Version))
            .ToHashSet();
        foreach (var rules in ShippedRuleSets.Load().Where(r => !stored.Contains((r.Code, r.Version))))
        {
            db.RuleSets.Add(new RuleSetDocument
            {
                College = rules.College,
                Code = rules.Code,
                Version = rules.Version,
                Json = RuleSetJson.Serialize(rules),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                CreatedBy = "shipped",
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
