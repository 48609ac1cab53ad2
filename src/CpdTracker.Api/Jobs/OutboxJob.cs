using CpdTracker.Api.Features.Email;
using Hangfire;

namespace CpdTracker.Api.Jobs;

/// <summary>Sends the outbox's due messages. Queued after each commit that wrote messages, every minute for retries,
/// and by the reconciliation; runs at once are safe (each message is claimed before it is sent).</summary>
public sealed class OutboxJob(OutboxSender sender, OutboxSignal signal, ILogger<OutboxJob> logger)
{
    public const string Id = "outbox";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Before looking: a commit after this queues another run; one before it is seen by this one.
        signal.Started();
        var sent = await sender.SendDueAsync(cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Outbox: {Sent} message(s) sent.", sent);
        }
    }
}
