namespace CpdTracker.Api.Features.Email;

public static class OutboxEndpoints
{
    public const int Limit = 500;

    public static RouteGroupBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/outbox").WithTags("Email");
        group.MapGet("/", ListOutbox).WithName(nameof(ListOutbox)).WithAccess(Access.Admin);
        return group;
    }

    /// <summary>The newest messages (at most 500), of one status if asked (Pending, Sending, Sent, Failed), with each
    /// one's attempts and last error; bodies are not shown.</summary>
    public static async Task<Ok<List<OutboxMessageResponse>>> ListOutbox(
        MessageStatus? status, CpdDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await ReadAsync(db, status, ct));

    /// <summary>What the API's list and the administrator's outbox page show: the newest messages first.</summary>
    public static Task<List<OutboxMessageResponse>> ReadAsync(
        CpdDbContext db, MessageStatus? status, CancellationToken ct) =>
        db.Outbox.AsNoTracking().Where(m => status == null || m.Status == status)
            .OrderByDescending(m => m.Id).Take(Limit)
            .Select(m => new OutboxMessageResponse(
                m.Id, m.Kind, m.Recipient, m.Subject, m.Status, m.Attempts, m.CreatedAtUtc, m.NextAttemptAtUtc,
                m.SentAtUtc, m.FailedAtUtc, m.LastError, m.DocumentId)).ToListAsync(ct);
}

public sealed record OutboxMessageResponse(
    int Id, MessageKind Kind, string Recipient, string Subject, MessageStatus Status, int Attempts,
    DateTime CreatedAtUtc, DateTime NextAttemptAtUtc, DateTime? SentAtUtc, DateTime? FailedAtUtc, string? LastError,
    int? DocumentId);
