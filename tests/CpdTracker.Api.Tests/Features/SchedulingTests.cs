namespace CpdTracker.Api.Tests.Features;

public sealed class SchedulingTests
{
    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("AUS Eastern Standard Time")]
    [InlineData("AEST")]
    public async Task AGroupInAZoneThatIsNotIanaIsRefusedAndNotSaved(string zone)
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");

        var response = await society.Client.PostAsJsonAsync("/api/groups", new
        {
            name = "Somewhere", city = "Somewhere", timeZone = zone, mode = "Online",
            leaders = new[] { new { memberId = leader, role = "Leader" } },
        });

        Assert.Contains("IANA", await response.ProblemFor("timeZone"));
        Assert.Empty((await (await society.Client.GetAsync("/api/groups")).ReadJson(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task AGroupWithNoLeadersOrAnEmptyBodyIsAValidationProblemNotAServerError()
    {
        await using var app = new CpdTrackerApplication();
        var client = await app.CreateAdminClientAsync();

        var empty = await client.PostAsJsonAsync("/api/groups", new { });

        Assert.Contains("at least one leader", await empty.ProblemFor("leaders"));
    }

    [Fact]
    public async Task AStartInsideTheDaylightSavingGapIsRefusedSayingSo()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);

        var response = await society.Client.PostAsJsonAsync($"/api/groups/{group}/meetings", new { startsAtLocal = "2026-10-04T02:30", durationMinutes = 90, mode = "Online" });

        Assert.Contains("does not exist", await response.ProblemFor("startsAtLocal"));
        Assert.Empty((await (await society.Client.GetAsync($"/api/groups/{group}/meetings")).ReadJson(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task AnAmbiguousStartTakesTheFirstOccurrenceAndShowsTheOffsetUsed()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);

        var meeting = await society.Schedule(group, "2026-04-05T02:30");

        Assert.Equal("+11:00", meeting["utcOffset"]!.GetValue<string>());
        Assert.Equal("2026-04-04T15:30:00Z", meeting["startsAtUtc"]!.GetValue<string>());
        Assert.Equal("2026-04-05T02:30", meeting["startsAtLocal"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2026-03-04T19:00", 0, "durationMinutes")]
    [InlineData("2026-03-04T19:00", 721, "durationMinutes")]
    [InlineData("2026-03-04T19:00", -90, "durationMinutes")]
    [InlineData("04/03/2026 7pm", 90, "startsAtLocal")]
    [InlineData("2026-03-04T19:00+11:00", 90, "startsAtLocal")]
    [InlineData("2026-02-30T19:00", 90, "startsAtLocal")]
    public async Task BadStartsAndDurationsAreRefusedNamingTheField(string start, int duration, string field)
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);

        var response = await society.Client.PostAsJsonAsync($"/api/groups/{group}/meetings", new { startsAtLocal = start, durationMinutes = duration, mode = "Online" });

        Assert.NotEmpty(await response.ProblemFor(field));
    }

    [Fact]
    public async Task SchedulingTheSameGroupAtTheSameStartTwiceIsAConflict()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);
        await society.Schedule(group, "2026-03-04T19:00");

        var again = await society.Client.PostAsJsonAsync($"/api/groups/{group}/meetings", new { startsAtLocal = "2026-03-04T19:00", durationMinutes = 60, mode = "Online" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single((await (await society.Client.GetAsync($"/api/groups/{group}/meetings")).ReadJson(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task SchedulingForAnUnknownGroupIsNotFound()
    {
        await using var app = new CpdTrackerApplication();
        var response = await (await app.CreateAdminClientAsync()).PostAsJsonAsync("/api/groups/77/meetings", new { startsAtLocal = "2026-03-04T19:00", durationMinutes = 90, mode = "Online" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
