using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>The whole app on a real SQLite file of its own (in a folder of its own, where its data-protection keys go
/// too), or, when CPDTRACKER_TEST_PROVIDER=PostgreSql, on a PostgreSQL database of its own in the run's throwaway
/// cluster (named after that folder), with a clock the test sets.</summary>
public sealed class CpdTrackerApplication : WebApplicationFactory<Program>
{
    /// <summary>The provider this test run uses: Sqlite (the default) or PostgreSql.</summary>
    public static string Provider { get; } =
        System.Environment.GetEnvironmentVariable("CPDTRACKER_TEST_PROVIDER") switch
        {
            null or "" or "Sqlite" => "Sqlite",
            "PostgreSql" => "PostgreSql",
            var other => throw new InvalidOperationException(
                $"CPDTRACKER_TEST_PROVIDER is '{other}'; it must be Sqlite or PostgreSql."),
        };

    public static bool OnPostgreSql => Provider == "PostgreSql";

    /// <summary>This application's provider: the run's, unless a test needs the other (a move from SQLite to
    /// PostgreSQL).</summary>
    public bool UsePostgreSql { get; init; } = OnPostgreSql;

    /// <summary>This application's PostgreSQL database (when on PostgreSQL): one per database folder.</summary>
    public string DatabaseName => PostgreSqlCluster.DatabaseNameFor(Path.GetDirectoryName(DatabaseFile)!);

    public string ConnectionString => UsePostgreSql
        ? PostgreSqlCluster.Shared.ConnectionString(DatabaseName)
        : $"Data Source={DatabaseFile}";

    public FakeTimeProvider Clock { get; init; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public const string AdminEmail = "admin@test.example";
    public const string Password = "Test-Password-1";

    /// <summary>A SQLite file in a temporary folder of its own (its data-protection keys go beside it).</summary>
    public static string NewDatabaseFile() =>
        Path.Combine(Path.GetTempPath(), $"cpdtracker-test-{Guid.NewGuid():N}", "cpdtracker.db");

    /// <summary>Another application's file, to run two instances of one installation, or to restart on the same
    /// data.</summary>
    public string DatabaseFile { get; init; } = NewDatabaseFile();

    /// <summary>Leaves the database folder in place when disposed, so a second instance can start on it.</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>On: the app migrates a file that does not exist yet, as on a first install, instead of starting on a
    /// copy of a database migrated once per test run.</summary>
    public bool FromEmptyFile { get; init; }

    /// <summary>Off: no hosted service runs (no Hangfire server, no start-up reconciliation), so enqueued jobs wait in
    /// a queue that dies with this instance, as when the app stops before its jobs run.</summary>
    public bool RunJobs { get; init; } = true;

    public string? KeysFolder { get; init; }

    public string Environment { get; init; } = "Testing";

    /// <summary>Seed:Demo as the test says; null leaves it to the appsettings files of the environment.</summary>
    public bool? SeedDemo { get; init; } = false;

    public bool BootstrapAdmin { get; init; } = true;

    public int AuthPerMinute { get; init; } = 10_000;

    public int VerifyPerMinute { get; init; } = 10_000;

    /// <summary>Any further configuration, as "Section:Key" = value.</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>What the application logged at Error or above.</summary>
    public ErrorLog Errors { get; } = new();

    public Task<HttpClient> CreateAdminClientAsync() => CreateClientAsAsync(AdminEmail);

    private Task<HttpClient>? _sharedAdmin;

    /// <summary>One administrator's client per application, signed in once, for the tests of a class that shares the
    /// application.</summary>
    public Task<HttpClient> SharedAdminClientAsync() => _sharedAdmin ??= CreateAdminClientAsync();

    /// <summary>A client signed in through the real login endpoint, carrying the bearer token.</summary>
    public async Task<HttpClient> CreateClientAsAsync(string email, string password = Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var tokens = await response
            .ReadAs<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    /// <summary>Gives a member an account directly, as accepting an invitation would.</summary>
    public async Task<HttpClient> CreateMemberClientAsync(int memberId) =>
        await CreateClientAsAsync(await CreateMemberAccountAsync(memberId));

    /// <summary>Creates a member's account (password <see cref="Password"/>) and returns its email.</summary>
    public async Task<string> CreateMemberAccountAsync(int memberId)
    {
        var email = $"member{memberId}-{Guid.NewGuid():N}@test.example";
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider
            .GetRequiredService<Api.Infrastructure.Security.BootstrapAdmin>()
            .CreateAsync(email, Password, memberId, admin: false);
        return email;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // The pages' stylesheet and blazor.web.js are static web assets, served from the build's manifest (as in
        // Development).
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        if (UsePostgreSql)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("Database:DataFolder", Path.GetDirectoryName(DatabaseFile));
            builder.UseSetting("Database:QueuePollInterval", "00:00:00.500");
        }

        if (SeedDemo is { } demo)
        {
            builder.UseSetting("Seed:Demo", demo ? "true" : "false");
        }

        builder.UseSetting("Bootstrap:AdminEmail", BootstrapAdmin ? AdminEmail : "");
        builder.UseSetting("Bootstrap:AdminPassword", BootstrapAdmin ? Password : "");
        builder.UseSetting(
            "RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting(
            "RateLimits:VerifyPerMinute", VerifyPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (KeysFolder is not null)
        {
            builder.UseSetting("DataProtection:KeysFolder", KeysFolder);
        }

        // Development has its own default (http://localhost:5080); elsewhere the address printed on documents must be
        // given.
        if (Environment != "Development")
        {
            builder.UseSetting("App:PublicBaseUrl", "https://cpd.test.example");
        }

        builder.UseSetting("Society:PostalAddress", "PO Box 1234\nCarlton South VIC 3053\nAustralia");
        builder.UseSetting("Society:ContactEmail", "cpd@test.example");
        builder.UseSetting("Society:Website", "balint.example");
        builder.UseSetting("Society:Signatory:Name", "Dr Ngaio Rāwiri");
        builder.UseSetting("Society:Signatory:Title", "President");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Errors);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, YieldingCommands>();
            // Identity's 100,000 hash iterations cost a third of a second a sign-in on a busy machine; no test measures
            // them.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1);
            if (!RunJobs)
            {
                services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
            }

            TestServices?.Invoke(services);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (UsePostgreSql)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
            PostgreSqlCluster.Shared.EnsureDatabase(DatabaseName, empty: FromEmptyFile);
        }
        else if (!FromEmptyFile && !File.Exists(DatabaseFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabaseFile)!);
            File.Copy(MigratedTemplate.Value, DatabaseFile);
        }

        return base.CreateHost(builder);
    }

    // Migrating an empty file costs a quarter of a second a start on a busy machine, so it is done once per test run.
    private static readonly Lazy<string> MigratedTemplate = new(() =>
    {
        var file = Path.Combine(Path.GetTempPath(), $"cpdtracker-template-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<Api.Data.CpdDbContext>();
        Api.Data.DatabaseExtensions.Use(options, Api.Data.DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        using (var db = new Api.Data.CpdDbContext(options.Options))
        {
            db.Database.Migrate();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        return file;
    });

    /// <summary>Waits until Hangfire has no job queued, scheduled or running: background work is done, not just slept
    /// through. Idle must be seen on three polls in a row: a job a worker has fetched but not yet marked Processing is
    /// in neither count.</summary>
    public async Task WaitForJobsAsync(int seconds = 30)
    {
        // Counted by state in one snapshot: a job a worker has taken off the queue is still Enqueued until it is
        // Processing.
        var monitor = Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        for (var idle = 0;
             idle < 3;
             idle = monitor.GetStatistics() is { } s && s.Enqueued + s.Scheduled + s.Processing > 0 ? 0 : idle + 1)
        {
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Background jobs still running after {seconds} s: {Jobs(monitor)}");
            }

            await Task.Delay(UsePostgreSql ? 100 : 20); // On PostgreSQL each look is a handful of queries.
        }
    }

    /// <summary>What is left in the queue and why: each waiting or running job's type and the last states it went
    /// through (a retry says which exception failed it).</summary>
    private static string Jobs(Hangfire.Storage.IMonitoringApi monitor)
    {
        var s = monitor.GetStatistics();
        var ids = monitor.ScheduledJobs(0, 5).Select(j => j.Key)
            .Concat(monitor.ProcessingJobs(0, 5).Select(j => j.Key))
            .Concat(monitor.Queues().SelectMany(q => monitor.EnqueuedJobs(q.Name, 0, 5)).Select(j => j.Key));
        var jobs = ids.Select(id => monitor.JobDetails(id) is { } d
            ? $"\n  {id} {d.Job?.Type.Name}.{d.Job?.Method.Name}: " + string.Join(" <- ", d.History.Take(3).Select(h =>
                $"{h.StateName} ({h.Reason}{(h.Data.TryGetValue("ExceptionMessage", out var e) ? ": " + e : "")})"))
            : $"\n  {id}");
        return $"{s.Enqueued} enqueued, {s.Scheduled} scheduled, {s.Processing} processing, {s.Failed} failed" +
            string.Concat(jobs);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(DatabaseFile)!;
        if (UsePostgreSql && !KeepDatabase && PostgreSqlCluster.Started)
        {
            PostgreSqlCluster.Shared.DropDatabase(DatabaseName);
        }

        if (!KeepDatabase
            && Path.GetFileName(folder).StartsWith("cpdtracker-test-", StringComparison.Ordinal)
            && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
