using Hangfire;
using Hangfire.Storage;

namespace CpdTracker.Api.Features.Admin;

/// <summary>A recurring job as the administrator sees it: what it does, when it runs next and how its last run
/// ended.</summary>
public sealed record ScheduledRun(string Id, string Description, string Cron, DateTime? NextUtc, DateTime? LastUtc,
    string? LastState);

/// <summary>The recurring jobs registered at start-up (MapCpdJobsDashboard), read from Hangfire's storage.</summary>
public sealed class JobSchedule(JobStorage storage)
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [Jobs.AnnualSummaryJob.Id] = "Issues the annual CPD summaries of periods that have ended.",
        [Jobs.ReconciliationJob.Id] = "Re-queues certificates and messages that a restart left waiting.",
        [Jobs.OutboxJob.Id] = "Sends the email waiting in the outbox.",
    };

    public IReadOnlyList<ScheduledRun> Recurring()
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs()
            .OrderBy(j => j.NextExecution ?? DateTime.MaxValue).ThenBy(j => j.Id, StringComparer.Ordinal)
            .Select(j => new ScheduledRun(j.Id, Descriptions.GetValueOrDefault(j.Id) ?? j.Id, j.Cron,
                j.NextExecution is { } next ? DateTime.SpecifyKind(next, DateTimeKind.Utc) : null,
                j.LastExecution is { } last ? DateTime.SpecifyKind(last, DateTimeKind.Utc) : null, j.LastJobState))
            .ToList();
    }
}
