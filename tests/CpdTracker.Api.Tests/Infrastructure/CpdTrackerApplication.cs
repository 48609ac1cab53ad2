using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>The whole app on a real SQLite file of its own (in a folder of its own, where its data-protection keys go too),
/// with a clock the test sets.</summary>
public sealed class CpdTrackerApplication : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"cpdtracker-test-{Guid.NewGuid():N}");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public const string AdminEmail = "admin@test.example";
    public const string Password = "Test-Password-1";

    /// <summary>Another application's file, to run two instances of one installation.</summary>
    public string DatabaseFile { get => field ?? Path.Combine(_dataFolder, "cpdtracker.db"); init; }

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

    public async Task<string> CreateMemberAccountAsync(int memberId)
    {
        var email = $"member{memberId}-{Guid.NewGuid():N}@test.example";
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Api.Infrastructure.Security.BootstrapAdmin>().CreateAsync(email, Password, memberId, admin: false);
        return email;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabaseFile}");
        if (SeedDemo is { } demo)
        {
            builder.UseSetting("Seed:Demo", demo ? "true" : "false");
        }

        builder.UseSetting("Bootstrap:AdminEmail", BootstrapAdmin ? AdminEmail : "");
        builder.UseSetting("Bootstrap:AdminPassword", BootstrapAdmin ? Password : "");
        builder.UseSetting("RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:VerifyPerMinute", VerifyPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (KeysFolder is not null)
        {
            builder.UseSetting("DataProtection:KeysFolder", KeysFolder);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
