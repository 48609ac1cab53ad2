namespace CpdTracker.Api.Tests.Features;

public sealed class PlatformTests
{
    [Fact]
    public async Task HealthSaysTheDatabaseAnswers()
    {
        await using var app = new CpdTrackerApplication();
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheRegisterEndpoints()
    {
        await using var app = new CpdTrackerApplication();
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadJson(HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/meetings/{id}/attendance"));
        Assert.True(paths.ContainsKey("/api/groups/{groupId}/meetings"));
    }

    [Fact]
    public async Task TheDemoSocietyLoadsIntoAnEmptyDatabaseWithGroupsInFourZonesAndAYearOfRegisters()
    {
        await using var app = new CpdTrackerApplication { SeedDemo = true };
        var client = await app.CreateAdminClientAsync();

        var groups = (await (await client.GetAsync("/api/groups")).ReadJson(HttpStatusCode.OK)).AsArray();
        Assert.Equal(
            ["Australia/Melbourne", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland"],
            groups.Select(g => g!["timeZone"]!.GetValue<string>()).Order().ToArray());
        var members = (await (await client.GetAsync("/api/members")).ReadJson(HttpStatusCode.OK)).AsArray();
        Assert.Contains(members, m => m!["profession"]!.GetValue<string>() == "MedicalStudent");
        Assert.Contains(members, m => m!["fullName"]!.GetValue<string>() == "Dr Mere Tūhoe-Ngāwai");

        var melbourne = (await (await client.GetAsync("/api/groups/1/meetings?from=2025-11-22&to=2026-11-22")).ReadJson(HttpStatusCode.OK)).AsArray();
        Assert.InRange(melbourne.Count, 25, 27);
        var lockedOne = melbourne.First(m => m!["status"]!.GetValue<string>() == "Locked")!["id"]!.GetValue<int>();
        var register = (await (await client.GetAsync($"/api/meetings/{lockedOne}/attendance")).ReadJson(HttpStatusCode.OK))["entries"]!.AsArray();
        Assert.Equal(7, register.Count);
        Assert.Single((await (await client.GetAsync("/api/workshops")).ReadJson(HttpStatusCode.OK)).AsArray());
    }
}
