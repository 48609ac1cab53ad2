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
        var (database, jobs) = CpdTrackerApplication.Provider == "PostgreSql" ? ("PostgreSQL", "PostgreSQL") : ("SQLite", "in-memory");
        Assert.Contains($"database: Healthy: The {database} database answers.", lines);
        Assert.Contains(lines, l => l.StartsWith($"jobs: Healthy: The {jobs} job storage answers; ", StringComparison.Ordinal));
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
