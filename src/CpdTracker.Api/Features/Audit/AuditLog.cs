using System.Text.Json;

namespace CpdTracker.Api.Features.Audit;

/// <summary>Adds audit rows to the current unit of work, so a change and its record are saved together or not at
/// all.</summary>
public sealed class AuditLog(CpdDbContext db, UnitOfWork work, CurrentUser me, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Inserts a new record and its "Created" audit row in one transaction (the id exists only after the
    /// insert).</summary>
    public async Task CreateAsync<T>(
        T entity, Func<int> id, AuditEntity name, Func<object> snapshot, CancellationToken ct) where T : class
    {
        await work.SaveAsync(async () =>
        {
            db.Add(entity);
            await db.SaveChangesAsync(ct);
            Record(name, id(), AuditAction.Created, null, snapshot());
            return true;
        }, ct);
    }

    public void Record(
        AuditEntity entity, object id, AuditAction action, object? before, object? after, string? reason = null,
        string? actor = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = actor ?? me.Name,
            Entity = entity.ToString(),
            EntityId = Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!,
            Action = action.ToString(),
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Reason = reason,
        });
}
