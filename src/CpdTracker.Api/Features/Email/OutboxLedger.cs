using System.Linq.Expressions;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Email;

/// <summary>Every change of a message's state is one conditional UPDATE: a sender owns a message only if its claim
/// changed the row (Pending and due, or Sending under a lapsed lease), and records the outcome only while it still
/// holds the claim.</summary>
public sealed class OutboxLedger(CpdDbContext db, TimeProvider clock, IOptions<EmailOptions> options)
{
    public const string Removed = "(Removed from the outbox once sent: it held a one-time link.)";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<List<int>> DueAsync(int count, CancellationToken ct) =>
        db.Outbox.AsNoTracking().Where(Due(Now)).OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(count).ToListAsync(ct);

    public async Task<bool> ClaimAsync(int id, string owner, CancellationToken ct)
    {
        var now = Now;
        return await db.Outbox.Where(m => m.Id == id).Where(Due(now)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MessageStatus.Sending)
            .SetProperty(m => m.ClaimedBy, owner)
            .SetProperty(m => m.ClaimedAtUtc, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct) == 1;
    }

    /// <summary>After the server accepted it; not cancellable, since the message has gone.</summary>
    public Task SentAsync(int id, string owner)
    {
        var now = Now;
        return Held(id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MessageStatus.Sent)
            .SetProperty(m => m.SentAtUtc, now)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.Body, m => m.Secret ? Removed : m.Body));
    }

    /// <summary>Failed for good, or Pending again after a wait that doubles with each attempt (1 minute to
    /// 12 hours).</summary>
    public Task FailedAsync(OutboxMessage message, string owner, SendFailure failure)
    {
        var (now, attempts) = (Now, message.Attempts);
        var error = failure.Error.Length > 1000 ? failure.Error[..1000] : failure.Error;
        if (failure.Kind == FailureKind.Permanent || attempts >= options.Value.MaxAttempts)
        {
            return Held(message.Id, owner).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, MessageStatus.Failed)
                .SetProperty(m => m.FailedAtUtc, now)
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.Body, m => m.Secret ? Removed : m.Body));
        }

        var next = now.AddMinutes(Math.Min(Math.Pow(2, attempts - 1), 720));
        return Held(message.Id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MessageStatus.Pending)
            .SetProperty(m => m.NextAttemptAtUtc, next)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.LastError, error));
    }

    /// <summary>Gives a claimed message back untried (the run was stopped): it is due again at once.</summary>
    public Task ReleaseAsync(int id, string owner) =>
        Held(id, owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, MessageStatus.Pending)
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.Attempts, m => m.Attempts - 1));

    private IQueryable<OutboxMessage> Held(int id, string owner) =>
        db.Outbox.Where(m => m.Id == id && m.Status == MessageStatus.Sending && m.ClaimedBy == owner);

    private Expression<Func<OutboxMessage, bool>> Due(DateTime now)
    {
        var lapsed = now.AddMinutes(-options.Value.SendingLeaseMinutes);
        return m => (m.Status == MessageStatus.Pending && m.NextAttemptAtUtc <= now)
            || (m.Status == MessageStatus.Sending && m.ClaimedAtUtc < lapsed);
    }
}
