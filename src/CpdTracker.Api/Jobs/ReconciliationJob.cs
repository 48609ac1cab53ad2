using Hangfire;

namespace CpdTracker.Api.Jobs;

/// <summary>Re-queues what the database says is still due (registers locked or cancelled whose certificates do not
/// match yet, messages unsent or left claimed by a stopped sender) and the annual summaries, so work a lost in-memory
/// queue forgot is done. Runs at start-up and on a schedule; running it twice, or twice at once, only queues idempotent
/// jobs twice.</summary>
public sealed class ReconciliationJob(CpdDbContext db, IBackgroundJobClient jobs, ILogger<ReconciliationJob> logger)
{
    public const string Id = "reconciliation";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var due = await db.Meetings.AsNoTracking()
            .Where(m => m.CertificatesDue)
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        foreach (var meetingId in due)
        {
            jobs.Enqueue<CertificateJob>(job => job.RunAsync(meetingId, CancellationToken.None));
        }

        jobs.Enqueue<AnnualSummaryJob>(job => job.RunAsync(CancellationToken.None));
        var unsent = await db.Outbox.CountAsync(
            m => m.Status == MessageStatus.Pending || m.Status == MessageStatus.Sending, cancellationToken);
        if (unsent > 0)
        {
            jobs.Enqueue<OutboxJob>(job => job.RunAsync(CancellationToken.None));
        }

        logger.LogInformation(
            "Reconciliation: certificates of {Count} meeting(s) re-queued, annual summaries queued, "
                + "{Unsent} unsent message(s).",
            due.Count, unsent);
    }
}
