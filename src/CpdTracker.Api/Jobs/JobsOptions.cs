using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Jobs;

public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>When the reconciliation re-queues due work (cron, UTC).</summary>
    [Required]
    public string ReconcileCron { get; set; } = "*/15 * * * *";

    /// <summary>Reconcile once when the app starts, so nothing a stop interrupted waits for the schedule.</summary>
    public bool ReconcileOnStart { get; set; } = true;
}
