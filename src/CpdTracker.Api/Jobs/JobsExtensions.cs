using Hangfire;
using Hangfire.InMemory;

namespace CpdTracker.Api.Jobs;

public static class JobsExtensions
{
    /// <summary>Hangfire on its in-memory store: every job derives its work from the database, so a lost queue loses nothing.</summary>
    public static IHostApplicationBuilder AddCpdJobs(this IHostApplicationBuilder builder)
    {
        // The storage is this app's own DI singleton, not Hangfire's static one, so two hosts in one process never share jobs.
        builder.Services.AddSingleton<JobStorage>(_ => new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromDays(7) }));
        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddHangfireServer(options =>
        {
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapCpdJobsDashboard(this IEndpointRouteBuilder app)
    {
        // Who may see it is decided by the endpoint's policy (admins), not by Hangfire's local-requests-only default.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [] }).WithAccess(Access.Admin);
        return app;
    }
}
