using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Jobs;

public static class JobsExtensions
{
    /// <summary>Hangfire on its in-memory store with SQLite (the database says what is due, and the reconciliation
    /// re-queues it after a restart), or in the application's PostgreSQL database, where every instance shares one
    /// queue.</summary>
    public static IHostApplicationBuilder AddCpdJobs(this IHostApplicationBuilder builder)
    {
        // The storage is this app's own DI singleton, not Hangfire's static one, so two hosts in one process never
        // share jobs unless they share a database.
        builder.Services.AddSingleton<JobStorage>(services => CreateStorage(
            services.GetRequiredService<IConfiguration>(),
            services.GetRequiredService<IOptions<Data.DatabaseOptions>>().Value));
        builder.Services.AddHangfire((services, config) => config
            .UseLogProvider(new HostLogProvider(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<CertificateJob>();
        builder.Services.AddScoped<AnnualSummaryJob>();
        builder.Services.AddScoped<ReconciliationJob>();
        builder.Services.AddScoped<OutboxJob>();
        builder.Services.AddScoped<PasswordResetJob>();
        builder.Services.AddHangfireServer(options =>
        {
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        builder.Services.AddHostedService<ReconcileOnStart>();
        builder.Services.AddHealthChecks().AddCheck<JobStorageHealthCheck>("jobs");
        return builder;
    }

    public static JobStorage CreateStorage(IConfiguration configuration, Data.DatabaseOptions database)
    {
        if (Data.DatabaseOptions.ProviderIn(configuration) != Data.DatabaseProvider.PostgreSql)
        {
            return new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromDays(7) });
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = database.HangfireSchema,
            PrepareSchemaIfNecessary = true,
            EnableLongPolling = true,
            QueuePollInterval = database.QueuePollInterval,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(
            new NpgsqlConnectionFactory(Data.DatabaseOptions.ConnectionStringIn(configuration), options), options);
    }

    public static IEndpointRouteBuilder MapCpdJobsDashboard(this IEndpointRouteBuilder app)
    {
        // Who may see it is decided by the endpoint's policy (admins), not by Hangfire's local-requests-only default.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [] }).WithAccess(Access.Admin);
        app.MapPost("/api/summaries/run", RunSummaries).WithTags("Certificates").WithName(nameof(RunSummaries))
            .WithAccess(Access.Admin);
        var recurring = app.ServiceProvider.GetRequiredService<IRecurringJobManager>();
        var cron = app.ServiceProvider.GetRequiredService<IOptions<Features.Certificates.CertificatesOptions>>()
            .Value.SummaryCron;
        recurring.AddOrUpdate<AnnualSummaryJob>(AnnualSummaryJob.Id, job => job.RunAsync(CancellationToken.None), cron);
        recurring.AddOrUpdate<ReconciliationJob>(ReconciliationJob.Id, job => job.RunAsync(CancellationToken.None),
            app.ServiceProvider.GetRequiredService<IOptions<JobsOptions>>().Value.ReconcileCron);
        recurring.AddOrUpdate<OutboxJob>(OutboxJob.Id, job => job.RunAsync(CancellationToken.None),
            app.ServiceProvider.GetRequiredService<IOptions<Features.Email.EmailOptions>>().Value.SendCron);
        return app;
    }

    /// <summary>Runs the annual-summary job now, in the background; the same job the daily schedule runs.</summary>
    public static Accepted<RunResponse> RunSummaries(IBackgroundJobClient jobs)
    {
        var id = jobs.Enqueue<AnnualSummaryJob>(job => job.RunAsync(CancellationToken.None));
        return TypedResults.Accepted($"/hangfire/jobs/details/{id}", new RunResponse(id));
    }
}

public sealed record RunResponse(string JobId);
