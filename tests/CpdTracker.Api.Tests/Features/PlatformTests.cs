namespace CpdTracker.Api.Tests.Features;

public sealed class PlatformTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task HealthSaysTheDatabaseAnswers()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
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
