namespace CpdTracker.Api.Features.Audit;

/// <summary>Reads the audit log, newest first: the API's list and the administrator's pages ask here.</summary>
public static class AuditTrail
{
    public static Task<List<AuditEntryResponse>> ListAsync(CpdDbContext db, AuditEntity? entity, string? id, int take,
        CancellationToken ct) =>
        ListAsync(db, entity is null ? null : [entity.Value], id, take, ct);

    /// <summary>Entries about any of <paramref name="entities"/> (all when null) with the id given (any when
    /// null).</summary>
    public static Task<List<AuditEntryResponse>> ListAsync(
        CpdDbContext db, IReadOnlyCollection<AuditEntity>? entities, string? id, int take, CancellationToken ct)
    {
        var names = entities?.Select(e => e.ToString()).ToList();
        return db.AuditEntries.AsNoTracking()
            .Where(a => (names == null || names.Contains(a.Entity)) && (id == null || a.EntityId == id))
            .OrderByDescending(a => a.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(a => new AuditEntryResponse(a.Id, DateTime.SpecifyKind(a.AtUtc, DateTimeKind.Utc), a.Actor,
                a.Entity, a.EntityId,
                a.Action, a.Before, a.After, a.Reason))
            .ToListAsync(ct);
    }
}
