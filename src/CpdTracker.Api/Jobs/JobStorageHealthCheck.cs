using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpdTracker.Api.Jobs;

/// <summary>Whether Hangfire's storage answers, and how many servers (instances) share it.</summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var kind = storage is PostgreSqlStorage ? "PostgreSQL" : "in-memory";
        try
        {
            var servers = storage.GetMonitoringApi().Servers().Count;
            var answer = $"The {kind} job storage answers; {servers} server(s) on it.";
            return Task.FromResult(HealthCheckResult.Healthy(answer));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The {kind} job storage cannot be reached.", e));
        }
    }
}
