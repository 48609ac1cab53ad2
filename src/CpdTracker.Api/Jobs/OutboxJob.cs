using Hangfire;

namespace CpdTracker.Api.Jobs;

public sealed class OutboxJob
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
