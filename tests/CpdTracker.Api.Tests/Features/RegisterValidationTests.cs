namespace CpdTracker.Api.Tests.Features;

public sealed class RegisterValidationTests
{
    private static async Task<(CpdTrackerApplication App, Society Society, int Meeting, int Member)> Setup()
    {
        var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var member = await society.AddMember("Member");
        var group = await society.AddGroup(leader, [member]);
        var meeting = (await society.Schedule(group))["id"]!.GetValue<int>();
        return (app, society, meeting, member);
    }

    public static TheoryData<string, object, string> BadEntries => new()
    {
        { "unknown member", new { memberId = 9999, status = "Present" }, "entries[1].memberId" },
        { "minutes above duration", new { memberId = 2, status = "Present", minutesAttended = 95 }, "entries[1].minutesAttended" },
        { "late without minutes", new { memberId = 2, status = "Late" }, "entries[1].minutesAttended" },
        { "left early without minutes", new { memberId = 2, status = "LeftEarly" }, "entries[1].minutesAttended" },
        { "minutes for absent", new { memberId = 2, status = "Absent", minutesAttended = 10 }, "entries[1].minutesAttended" },
        { "minutes for apology", new { memberId = 2, status = "Apology", minutesAttended = 0 }, "entries[1].minutesAttended" },
        { "missing status", new { memberId = 2 }, "entries[1].status" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task ABadEntryIsRefusedNamingItsFieldAndNothingIsSaved(string why, object entry, string field)
    {
        var (app, society, meeting, member) = await Setup();
        await using var _ = app;
        Assert.Equal(2, member);
        Assert.Equal(HttpStatusCode.OK, (await society.SaveRegister(meeting, new { memberId = 1, status = "Present" })).StatusCode);

        var response = await society.SaveRegister(meeting, new { memberId = 1, status = "Apology" }, entry);

        Assert.False(string.IsNullOrEmpty(await response.ProblemFor(field)), why);
        var lines = (await society.Register(meeting))["entries"]!.AsArray();
        Assert.Equal("Present", lines.Single(l => l!["memberId"]!.GetValue<int>() == 1)!["status"]!.GetValue<string>());
        Assert.False(lines.Single(l => l!["memberId"]!.GetValue<int>() == 2)!["marked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheSameMemberTwiceIsRefused()
    {
        var (app, society, meeting, member) = await Setup();
        await using var _ = app;

        var response = await society.SaveRegister(meeting, new { memberId = member, status = "Present" }, new { memberId = member, status = "Absent" });

        Assert.Contains("more than once", await response.ProblemFor("entries[1].memberId"));
    }

    [Fact]
    public async Task AMemberNotEnrolledOnTheMeetingsDateIsRefused()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var left = await society.AddMember("Left in June");
        var stranger = await society.AddMember("Never enrolled");
        var group = await society.AddGroup(leader, [], enrolments: [new { memberId = left, joinedOn = "2026-01-01", leftOn = "2026-06-30" }]);
        var meeting = (await society.Schedule(group, "2026-11-18T19:00"))["id"]!.GetValue<int>();

        var afterLeaving = await society.SaveRegister(meeting, new { memberId = left, status = "Present" });
        var neverEnrolled = await society.SaveRegister(meeting, new { memberId = stranger, status = "Present" });

        Assert.Contains("not enrolled", await afterLeaving.ProblemFor("entries[0].memberId"));
        Assert.Contains("not enrolled", await neverEnrolled.ProblemFor("entries[0].memberId"));
        var earlier = (await society.Schedule(group, "2026-03-04T19:00"))["id"]!.GetValue<int>();
        Assert.Equal(HttpStatusCode.OK, (await society.SaveRegister(earlier, new { memberId = left, status = "Present" })).StatusCode);
    }

    [Fact]
    public async Task LockingAMeetingThatHasNotStartedIsAConflict()
    {
        var (app, society, _, _) = await Setup();
        await using var __ = app;
        var future = (await society.Schedule(1, "2026-12-02T19:00"))["id"]!.GetValue<int>();

        var response = await society.Client.PostAsync($"/api/meetings/{future}/lock", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("has not started", await response.Content.ReadAsStringAsync());
        Assert.Equal("Scheduled", (await society.Register(future))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnlockingNeedsAReasonAndALockedRegister()
    {
        var (app, society, meeting, _) = await Setup();
        await using var _ = app;

        Assert.Equal(HttpStatusCode.Conflict, (await society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/unlock", new { reason = "typo" })).StatusCode);
        await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null);
        Assert.Contains("why", await (await society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/unlock", new { reason = "" })).ProblemFor("reason"));
        Assert.Equal(HttpStatusCode.Conflict, (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownMeetingIsNotFound()
    {
        await using var app = new CpdTrackerApplication();
        var client = await app.CreateAdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync("/api/meetings/404/attendance", new { entries = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/meetings/404/lock", null)).StatusCode);
    }
}
