using CpdTracker.Api.Features.Groups;
using CpdTracker.Api.Features.Meetings;

namespace CpdTracker.Api.Tests.Features;

public sealed class SchedulingTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("AUS Eastern Standard Time")]
    [InlineData("AEST")]
    public async Task AGroupInAZoneThatIsNotIanaIsRefusedAndNotSaved(string zone)
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var before = await GroupCount(society);

        var response = await society.Client.PostAsJsonAsync("/api/groups", new
        {
            name = "Somewhere", city = "Somewhere", timeZone = zone, mode = "Online",
            leaders = new[] { new { memberId = leader, role = "Leader" } },
        });

        Assert.Contains("IANA", await response.ProblemFor("timeZone"));
        Assert.Equal(before, await GroupCount(society));
    }

    [Fact]
    public async Task AGroupWithNoLeadersOrAnEmptyBodyIsAValidationProblemNotAServerError()
    {
        var client = await app.SharedAdminClientAsync();

        var empty = await client.PostAsJsonAsync("/api/groups", new { });

        Assert.Contains("at least one leader", await empty.ProblemFor("leaders"));
    }

    [Fact]
    public async Task AStartInsideTheDaylightSavingGapIsRefusedSayingSo()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);

        var response = await society.Client.PostAsJsonAsync($"/api/groups/{group}/meetings",
            new { startsAtLocal = "2026-10-04T02:30", durationMinutes = 90, mode = "Online" });

        Assert.Contains("does not exist", await response.ProblemFor("startsAtLocal"));
        Assert.Empty(await Meetings(society, group));
    }

    [Fact]
    public async Task AnAmbiguousStartTakesTheFirstOccurrenceAndShowsTheOffsetUsed()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);

        var meeting = await society.Schedule(group, "2026-04-05T02:30");

        // Read raw: the offset and the UTC start are checked as the text a client gets.
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
        var society = new Society(await app.SharedAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);

        var response = await society.Client.PostAsJsonAsync($"/api/groups/{group}/meetings",
            new { startsAtLocal = start, durationMinutes = duration, mode = "Online" });

        Assert.NotEmpty(await response.ProblemFor(field));
    }

    [Fact]
    public async Task SchedulingTheSameGroupAtTheSameStartTwiceIsAConflict()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var group = await society.AddGroup(await society.AddMember("Leader"), []);
        await society.Schedule(group, "2026-03-04T19:00");

        var again = await society.Client.PostAsJsonAsync($"/api/groups/{group}/meetings",
            new { startsAtLocal = "2026-03-04T19:00", durationMinutes = 60, mode = "Online" });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await Meetings(society, group));
    }

    [Fact]
    public async Task SchedulingForAnUnknownGroupIsNotFound()
    {
        var response = await (await app.SharedAdminClientAsync()).PostAsJsonAsync(
            $"/api/groups/{int.MaxValue}/meetings",
            new { startsAtLocal = "2026-03-04T19:00", durationMinutes = 90, mode = "Online" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<int> GroupCount(Society society) =>
        (await (await society.Client.GetAsync("/api/groups")).ReadAs<List<GroupResponse>>(HttpStatusCode.OK)).Count;

    private static async Task<List<MeetingResponse>> Meetings(Society society, int group) =>
        await (await society.Client.GetAsync($"/api/groups/{group}/meetings"))
            .ReadAs<List<MeetingResponse>>(HttpStatusCode.OK);
}
