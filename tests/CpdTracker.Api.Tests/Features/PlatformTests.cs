using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Features;

public sealed class PlatformTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task HealthSaysTheDatabaseAndTheJobStorageAnswer()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("Healthy", lines[0]);
        var (database, jobs) = CpdTrackerApplication.OnPostgreSql
            ? ("PostgreSQL", "PostgreSQL")
            : ("SQLite", "in-memory");
        Assert.Contains($"database: Healthy: The {database} database answers.", lines);
        Assert.Contains(lines,
            l => l.StartsWith($"jobs: Healthy: The {jobs} job storage answers; ", StringComparison.Ordinal));
    }

    [SqliteFact]
    public async Task TheSqliteFileRunsInWalMode()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();

        var mode = await db.Database
            .SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();

        Assert.Equal("wal", mode);
    }

    [Theory]
    [InlineData("Postgres", "Data Source=x.db", "Database:Provider")]
    [InlineData("PostgreSql", "Data Source=x.db", "ConnectionStrings:Default must name a Host and a Database")]
    public void AWrongProviderOrConnectionStopsTheStartNamingTheKey(string provider, string connection, string message)
    {
        using var wrong = new CpdTrackerApplication
        {
            Settings = { ["Database:Provider"] = provider, ["ConnectionStrings:Default"] = connection },
        };

        Assert.Contains(message, Assert.ThrowsAny<Exception>(() => wrong.Services).ToString());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheRegisterEndpoints()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadJson(HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/meetings/{id}/attendance"));
        Assert.True(paths.ContainsKey("/api/groups/{groupId}/meetings"));
    }
}
