using Hangfire;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Jobs;

/// <summary>Queues one reconciliation when the host starts (after the database was migrated and seeded).</summary>
public sealed class ReconcileOnStart(IBackgroundJobClient jobs, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ReconcileOnStart)
        {
            jobs.Enqueue<ReconciliationJob>(job => job.RunAsync(CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
