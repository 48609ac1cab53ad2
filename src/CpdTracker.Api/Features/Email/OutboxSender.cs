namespace CpdTracker.Api.Features.Email;

/// <summary>Sends what is due: claims each message before sending it, marks it Sent only once the server accepted it,
/// and records a refusal as a retry or a failure. Any number of senders may run at once; each message goes to one
/// of them.</summary>
public sealed class OutboxSender(
    CpdDbContext db, OutboxLedger ledger, MessageComposer composer, MailTransports transports,
    ILogger<OutboxSender> logger)
{
    private const int Batch = 50;

    private enum Outcome
    {
        Sent,
        Refused,
        Unreachable,
    }

    /// <returns>How many messages were handed over in this run.</returns>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var owner = Guid.NewGuid().ToString("N");
        var sent = 0;
        await using var transport = transports.Open();
        while (await ledger.DueAsync(Batch, ct) is { Count: > 0 } due)
        {
            var claimed = 0;
            foreach (var id in due)
            {
                if (!await ledger.ClaimAsync(id, owner, ct))
                {
                    continue; // Another sender has it.
                }

                claimed++;
                switch (await SendAsync(id, owner, transport, ct))
                {
                    case Outcome.Sent:
                        sent++;
                        break;
                    case Outcome.Unreachable:
                        return sent; // The rest wait for their next attempt rather than each failing in turn.
                }
            }

            if (claimed == 0)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<Outcome> SendAsync(int id, string owner, IMailTransport transport, CancellationToken ct)
    {
        var message = await db.Outbox.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        try
        {
            await transport.SendAsync(await composer.ComposeAsync(message, ct), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await ledger.ReleaseAsync(id, owner);
            throw;
        }
        catch (Exception e)
        {
            var failure = SendFailure.Of(e);
            await ledger.FailedAsync(message, owner, failure);
            logger.LogWarning("{Kind} message {Id} not sent (attempt {Attempt}, {Failure}): {Error}",
                message.Kind, id, message.Attempts, failure.Kind, failure.Error);
            return failure.Kind == FailureKind.Unreachable ? Outcome.Unreachable : Outcome.Refused;
        }

        await ledger.SentAsync(id, owner);
        return Outcome.Sent;
    }
}
