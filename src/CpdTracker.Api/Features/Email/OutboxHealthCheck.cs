using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Email;

/// <summary>Not healthy while a message waits longer than Email:StuckAfterMinutes, or one failed in the last day.
/// Registered as Degraded: /health still answers 200, so a probe does not restart an app whose only trouble is the
/// mail server.</summary>
public sealed class OutboxHealthCheck(CpdDbContext db, TimeProvider clock, IOptions<EmailOptions> options)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stuckBefore = now.AddMinutes(-options.Value.StuckAfterMinutes);
        var dayAgo = now.AddDays(-1);
        var waiting = await db.Outbox.CountAsync(
            m => (m.Status == MessageStatus.Pending || m.Status == MessageStatus.Sending)
                && m.CreatedAtUtc < stuckBefore,
            cancellationToken);
        var failed = await db.Outbox.CountAsync(
            m => m.Status == MessageStatus.Failed && m.FailedAtUtc > dayAgo, cancellationToken);
        return waiting == 0 && failed == 0
            ? HealthCheckResult.Healthy("Messages are being sent.")
            : new HealthCheckResult(context.Registration.FailureStatus,
                $"{waiting} unsent after {options.Value.StuckAfterMinutes} minutes; " +
                $"{failed} failed in the last day (GET /api/outbox).");
    }
}
