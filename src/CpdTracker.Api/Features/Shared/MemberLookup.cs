namespace CpdTracker.Api.Features.Shared;

public static class MemberLookup
{
    /// <summary>The ids a request names that are not members; answered as field errors, never as a foreign-key
    /// 500.</summary>
    public static async Task<Dictionary<string, string[]>> MissingAsync(
        CpdDbContext db, IEnumerable<(string Field, int Id)> references, CancellationToken ct)
    {
        var list = references.ToList();
        var ids = list.Select(r => r.Id).Distinct().ToList();
        var found = await db.Members.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        return list.Where(r => !found.Contains(r.Id))
            .GroupBy(r => r.Field)
            .ToDictionary(g => g.Key, g => g.Select(r => $"There is no member {r.Id}.").ToArray());
    }
}
