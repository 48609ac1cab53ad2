using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>The whole app on a real SQLite file of its own, with a clock the test sets.</summary>
public sealed class CpdTrackerApplication : WebApplicationFactory<Program>
{
    public static string NewDatabaseFile() => Path.Combine(Path.GetTempPath(), $"cpdtracker-test-{Guid.NewGuid():N}.db");

    /// <summary>The SQLite file; give another instance's file (with KeepDatabase on the first) to restart on the same data.</summary>
    public string DatabaseFile { get; init; } = NewDatabaseFile();

    /// <summary>Leaves the database file in place when disposed, so a second instance can start on it.</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>Off: no Hangfire server runs, so enqueued jobs wait in a queue that dies with this instance.</summary>
    public bool RunJobs { get; init; } = true;

    public FakeTimeProvider Clock { get; init; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public const string AdminEmail = "admin@test.example";
    public const string Password = "Test-Password-1";

    public bool SeedDemo { get; init; }

    public bool BootstrapAdmin { get; init; } = true;

    public int AuthPerMinute { get; init; } = 10_000;

    public int VerifyPerMinute { get; init; } = 10_000;

    public Task<HttpClient> CreateAdminClientAsync() => CreateClientAsAsync(AdminEmail);

    /// <summary>A client signed in through the real login endpoint, carrying the bearer token.</summary>
    public async Task<HttpClient> CreateClientAsAsync(string email, string password = Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        var token = (await response.ReadJson(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Gives a member an account directly, as accepting an invitation would.</summary>
    public async Task<HttpClient> CreateMemberClientAsync(int memberId) => await CreateClientAsAsync(await CreateMemberAccountAsync(memberId));

    /// <summary>Creates a member's account (password <see cref="Password"/>) and returns its email.</summary>
    public async Task<string> CreateMemberAccountAsync(int memberId)
    {
        var email = $"member{memberId}-{Guid.NewGuid():N}@test.example";
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Api.Infrastructure.Security.BootstrapAdmin>().CreateAsync(email, Password, memberId, admin: false);
        return email;
    }

    /// <summary>Waits until Hangfire has no job queued, scheduled or running: background work is done, not just slept through.</summary>
    public async Task WaitForJobsAsync(int seconds = 30)
    {
        var monitor = Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (monitor.Queues().Sum(q => q.Length) + monitor.ProcessingCount() + monitor.ScheduledCount() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Background jobs still running after {seconds} s.");
            await Task.Delay(50);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The pages' stylesheet and blazor.web.js are static web assets, served from the build's manifest (as in Development).
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabaseFile}");
        builder.UseSetting("Seed:Demo", SeedDemo ? "true" : "false");
        builder.UseSetting("Society:PostalAddress", "PO Box 1234\nCarlton South VIC 3053\nAustralia");
        builder.UseSetting("Society:ContactEmail", "cpd@test.example");
        builder.UseSetting("Society:Website", "balint.example");
        builder.UseSetting("Society:Signatory:Name", "Dr Ngaio Rāwiri");
        builder.UseSetting("Society:Signatory:Title", "President");
        builder.UseSetting("Bootstrap:AdminEmail", BootstrapAdmin ? AdminEmail : "");
        builder.UseSetting("Bootstrap:AdminPassword", BootstrapAdmin ? Password : "");
        builder.UseSetting("RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:VerifyPerMinute", VerifyPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (!RunJobs)
            {
                services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (KeepDatabase)
        {
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabaseFile + suffix);
        }
    }
}
