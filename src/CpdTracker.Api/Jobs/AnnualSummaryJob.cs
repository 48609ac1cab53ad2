using CpdTracker.Api.Features.Certificates;
using Hangfire;

namespace CpdTracker.Api.Jobs;

/// <summary>The daily run that issues annual summaries for periods past their grace days; it catches up whatever a
/// missed run left.</summary>
public sealed class AnnualSummaryJob(AnnualSummaries summaries, ILogger<AnnualSummaryJob> logger)
{
    public const string Id = "annual-summaries";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var issued = await summaries.IssueDueAsync(cancellationToken);
        logger.LogInformation("Annual summaries: {Issued} issued.", issued);
    }
}
