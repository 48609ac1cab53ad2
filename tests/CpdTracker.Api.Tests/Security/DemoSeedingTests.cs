using CpdTracker.Api.Infrastructure;

namespace CpdTracker.Api.Tests.Security;

public sealed class DemoSeedingTests
{
    private static readonly object DemoAdmin =
        new { email = "admin@demo.balint.example", password = "Demo-Admin-2026" };

    [Fact]
    public void TheLaunchProfileLeavesTheEnvironmentToTheCaller()
    {
        // dotnet run puts a profile's environment variables over the caller's: a profile that set
        // ASPNETCORE_ENVIRONMENT (or DOTNET_ENVIRONMENT, which wins over it) would turn
        // "ASPNETCORE_ENVIRONMENT=Production dotnet run" into a Development run with the demo accounts.
        var file = Path.Combine(RepositoryRoot(), "src", "CpdTracker.Api", "Properties", "launchSettings.json");
        var profiles = JsonNode.Parse(File.ReadAllText(file))!["profiles"]!.AsObject();

        foreach (var (name, profile) in profiles)
        {
            var variables = profile!["environmentVariables"]?.AsObject() ?? [];
            Assert.False(variables.ContainsKey("ASPNETCORE_ENVIRONMENT") || variables.ContainsKey("DOTNET_ENVIRONMENT"),
                $"profile {name} overrides the caller's environment");
        }

        Assert.Equal("Development",
            profiles.First().Value!["environmentVariables"]![DefaultEnvironment.Variable]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, null, "", "Development", "Development")]
    [InlineData("Production", null, "", "Development", null)]
    [InlineData(null, "Staging", "", "Development", null)]
    [InlineData(null, null, "--environment Production", "Development", null)]
    [InlineData(null, null, "--environment=Production", "Development", null)]
    [InlineData(null, null, "", null, null)]
    public void TheProfilesEnvironmentAppliesOnlyWhenTheCallerNamesNone(
        string? aspnetcore, string? dotnet, string args, string? profile, string? expected)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = aspnetcore,
            ["DOTNET_ENVIRONMENT"] = dotnet,
            [DefaultEnvironment.Variable] = profile,
        };

        var resolved = DefaultEnvironment.Resolve(args.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            name => variables.GetValueOrDefault(name));

        Assert.Equal(expected, resolved);
    }

    [Fact]
    public async Task AProductionInstallationWithAnEmptyDatabaseGetsNoDemoAndNoDemoAccounts()
    {
        await using var app =
            new CpdTrackerApplication { Environment = "Production", SeedDemo = null, FromEmptyFile = true };
        var admin = await app.CreateAdminClientAsync();

        Assert.Empty((await (await admin.GetAsync("/api/members")).ReadJson(HttpStatusCode.OK)).AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.CreateClient().PostAsJsonAsync("/api/auth/login", DemoAdmin)).StatusCode);
    }

    [Fact]
    public async Task ADemoAskedForOutsideDevelopmentLoadsTheSocietyButNoAccountsWithKnownPasswords()
    {
        await using var app = new CpdTrackerApplication { Environment = "Production", SeedDemo = true };
        var admin = await app.CreateAdminClientAsync();

        Assert.NotEmpty((await (await admin.GetAsync("/api/members")).ReadJson(HttpStatusCode.OK)).AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.CreateClient().PostAsJsonAsync("/api/auth/login", DemoAdmin)).StatusCode);
    }

    [Fact]
    public async Task TheDeveloperLaunchAsksForTheDemoAndGetsItsAccounts()
    {
        await using var app =
            new CpdTrackerApplication { Environment = "Development", SeedDemo = null, BootstrapAdmin = false };

        Assert.Equal(HttpStatusCode.OK,
            (await app.CreateClient().PostAsJsonAsync("/api/auth/login", DemoAdmin)).StatusCode);
    }

    [Fact]
    public async Task ADevelopmentRunThatTurnsTheDemoOffHasNoDemoAccounts()
    {
        await using var app =
            new CpdTrackerApplication { Environment = "Development", SeedDemo = false, BootstrapAdmin = false };

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.CreateClient().PostAsJsonAsync("/api/auth/login", DemoAdmin)).StatusCode);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CpdTracker.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName
            ?? throw new InvalidOperationException("CpdTracker.sln not found above the test binaries.");
    }
}
