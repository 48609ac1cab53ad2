
namespace CpdTracker.Api.Features.Audit;

public sealed record AuditEntryResponse(long Id, DateTime AtUtc, string Actor, string Entity, string EntityId, string Action, string? Before, string? After, string? Reason);

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit");
        group.MapGet("/", ListAudit).WithName(nameof(ListAudit)).WithAccess(Access.Admin);
        return group;
    }

    public static async Task<Ok<List<AuditEntryResponse>>> ListAudit(string? entity, string? id, CpdDbContext db, CancellationToken ct, int take = 200) =>
        TypedResults.Ok(await db.AuditEntries.AsNoTracking()
            .Where(a => (entity == null || a.Entity == entity) && (id == null || a.EntityId == id))
            .OrderByDescending(a => a.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(a => new AuditEntryResponse(a.Id, DateTime.SpecifyKind(a.AtUtc, DateTimeKind.Utc), a.Actor, a.Entity, a.EntityId, a.Action, a.Before, a.After, a.Reason))
            .ToListAsync(ct));
}
