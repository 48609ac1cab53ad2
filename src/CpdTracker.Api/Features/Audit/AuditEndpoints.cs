
namespace CpdTracker.Api.Features.Audit;

public sealed record AuditEntryResponse(
    long Id, DateTime AtUtc, string Actor, string Entity, string EntityId, string Action, string? Before, string? After,
    string? Reason);

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit");
        group.MapGet("/", ListAudit).WithName(nameof(ListAudit)).WithAccess(Access.Admin);
        return group;
    }

    /// <summary>Lists audit entries, newest first, optionally for one entity type and id.</summary>
    public static async Task<Results<Ok<List<AuditEntryResponse>>, ValidationProblem>> ListAudit(
        string? entity, string? id, CpdDbContext db, CancellationToken ct, int take = 200)
    {
        AuditEntity? known = Enum.TryParse<AuditEntity>(entity, ignoreCase: true, out var parsed)
            && !int.TryParse(entity, out _)
                ? parsed
                : null;
        if (entity is not null && known is null)
        {
            return ProblemResults.Field("entity",
                $"entity must be one of {string.Join(", ", Enum.GetNames<AuditEntity>())}.");
        }

        return TypedResults.Ok(await AuditTrail.ListAsync(db, known, id, take, ct));
    }
}
