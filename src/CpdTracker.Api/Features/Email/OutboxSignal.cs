using CpdTracker.Api.Jobs;
using Hangfire;

namespace CpdTracker.Api.Features.Email;

/// <summary>Queues the send job when messages were committed: one queued job covers every commit before it starts (it
/// calls <see cref="Started"/> before it looks), so a thousand certificates queue one job, not a thousand.</summary>
public sealed class OutboxSignal(IServiceProvider services, ILogger<OutboxSignal> logger)
{
    private int _queued;

    public void Wake()
    {
        // No job client (a measurement tool without Hangfire): the messages wait for whoever drains the outbox.
        if (services.GetService<IBackgroundJobClient>() is not { } jobs
            || Interlocked.CompareExchange(ref _queued, 1, 0) != 0)
        {
            return;
        }

        try
        {
            jobs.Enqueue<OutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
        catch (Exception e)
        {
            // The commit stands; the scheduled run sends the messages.
            Interlocked.Exchange(ref _queued, 0);
            logger.LogWarning(e, "Could not queue the send job; the scheduled run will send the messages.");
        }
    }

    public void Started() => Interlocked.Exchange(ref _queued, 0);
}
