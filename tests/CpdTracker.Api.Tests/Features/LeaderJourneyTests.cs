namespace CpdTracker.Api.Tests.Features;

public sealed class LeaderJourneyTests
{
    [Fact]
    public async Task ALeaderSchedulesMarksLocksAndAnAdminUnlocksTheRegister()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist");
        var zoe = await society.AddMember("Dr Zoë O'Brien");
        var mere = await society.AddMember("Mere Tūhoe-Ngāwai");
        var priya = await society.AddMember("Priya Raman", "Psychologist");
        var group = await society.AddGroup(leader, [zoe, mere, priya]);

        var meeting = await society.Schedule(group, "2026-11-18T19:00");
        var meetingId = meeting["id"]!.GetValue<int>();
        Assert.Equal("2026-11-18T08:00:00Z", meeting["startsAtUtc"]!.GetValue<string>());
        Assert.Equal("+11:00", meeting["utcOffset"]!.GetValue<string>());
        Assert.Equal("2026-11-18", meeting["localDate"]!.GetValue<string>());

        var saved = await (await society.SaveRegister(meetingId,
            new { memberId = leader, status = "Present" },
            new { memberId = zoe, status = "Late", minutesAttended = 70 },
            new { memberId = mere, status = "Present", role = "Presenter" })).ReadJson(HttpStatusCode.OK);
        var lines = saved["entries"]!.AsArray();
        Assert.Equal(4, lines.Count);
        var unmarked = Assert.Single(lines, l => !l!["marked"]!.GetValue<bool>())!;
        Assert.Equal(priya, unmarked["memberId"]!.GetValue<int>());
        var leaderLine = lines.Single(l => l!["memberId"]!.GetValue<int>() == leader)!;
        Assert.Equal("Leader", leaderLine["role"]!.GetValue<string>());
        Assert.Equal(90, leaderLine["minutesAttended"]!.GetValue<int>());
        Assert.Equal("Mere Tūhoe-Ngāwai", lines.Single(l => l!["memberId"]!.GetValue<int>() == mere)!["fullName"]!.GetValue<string>());

        var locked = await (await society.Client.PostAsync($"/api/meetings/{meetingId}/lock", null)).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Locked", locked["status"]!.GetValue<string>());
        var absent = locked["entries"]!.AsArray().Single(l => l!["memberId"]!.GetValue<int>() == priya)!;
        Assert.Equal("Absent", absent["status"]!.GetValue<string>());
        Assert.True(absent["marked"]!.GetValue<bool>());

        var refused = await society.SaveRegister(meetingId, new { memberId = priya, status = "Present" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Absent", (await society.Register(meetingId))["entries"]!.AsArray()
            .Single(l => l!["memberId"]!.GetValue<int>() == priya)!["status"]!.GetValue<string>());

        var unlocked = await society.Client.PostAsJsonAsync($"/api/meetings/{meetingId}/unlock", new { reason = "Priya attended; marked wrongly." });
        Assert.Equal("Scheduled", (await unlocked.ReadJson(HttpStatusCode.OK))["status"]!.GetValue<string>());
        var corrected = await (await society.SaveRegister(meetingId,
            new { memberId = leader, status = "Present" },
            new { memberId = zoe, status = "Late", minutesAttended = 70 },
            new { memberId = mere, status = "Present", role = "Presenter" },
            new { memberId = priya, status = "Present" })).ReadJson(HttpStatusCode.OK);
        Assert.All(corrected["entries"]!.AsArray(), l => Assert.True(l!["marked"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task MeetingsAreListedByLocalDateRange()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var group = await society.AddGroup(leader, [], "Pacific/Auckland");
        await society.Schedule(group, "2026-01-01T00:30");
        await society.Schedule(group, "2026-02-10T18:30");

        var january = await (await society.Client.GetAsync($"/api/groups/{group}/meetings?from=2026-01-01&to=2026-01-31")).ReadJson(HttpStatusCode.OK);

        var only = Assert.Single(january.AsArray())!;
        Assert.Equal("2026-01-01", only["localDate"]!.GetValue<string>());
        Assert.Equal("2025-12-31T11:30:00Z", only["startsAtUtc"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRegisterCarriesAVersionAndAStaleIfMatchIsAConflict()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var group = await society.AddGroup(leader, []);
        var meetingId = (await society.Schedule(group))["id"]!.GetValue<int>();
        var version = (await society.Register(meetingId))["version"]!.GetValue<string>();

        HttpRequestMessage Save() => new(HttpMethod.Put, $"/api/meetings/{meetingId}/attendance")
        {
            Content = JsonContent.Create(new { entries = new[] { new { memberId = leader, status = "Present" } } }),
            Headers = { { "If-Match", $"\"{version}\"" } },
        };

        Assert.Equal(HttpStatusCode.OK, (await society.Client.SendAsync(Save())).StatusCode);
        var second = await society.Client.SendAsync(Save());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("changed by someone else", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TwoSavesOfTheSameRegisterAtOnceLeaveOneWinnerAndOneConflict()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var member = await society.AddMember("Member");
        var group = await society.AddGroup(leader, [member]);
        var meetingId = (await society.Schedule(group))["id"]!.GetValue<int>();
        var version = (await society.Register(meetingId))["version"]!.GetValue<string>();

        HttpRequestMessage Save(string status) => new(HttpMethod.Put, $"/api/meetings/{meetingId}/attendance")
        {
            Content = JsonContent.Create(new { entries = new[] { new { memberId = member, status } } }),
            Headers = { { "If-Match", $"\"{version}\"" } },
        };

        var other = await app.CreateAdminClientAsync();
        var results = await Task.WhenAll(society.Client.SendAsync(Save("Present")), other.SendAsync(Save("Apology")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order().ToArray());
        var winner = results.Single(r => r.StatusCode == HttpStatusCode.OK);
        var saved = (await winner.ReadJson(HttpStatusCode.OK))["entries"]!.AsArray().Single(l => l!["memberId"]!.GetValue<int>() == member)!;
        var stored = (await society.Register(meetingId))["entries"]!.AsArray().Single(l => l!["memberId"]!.GetValue<int>() == member)!;
        Assert.Equal(saved["status"]!.GetValue<string>(), stored["status"]!.GetValue<string>());
    }
}
