namespace CpdTracker.Api.Tests.Features;

/// <summary>Correcting a register never loses what was marked, and a meeting scheduled by mistake can be moved, cancelled or deleted.</summary>
public sealed class RegisterCorrectionTests : IAsyncLifetime
{
    private readonly CpdTrackerApplication _app = new();
    private Society _society = null!;
    private int _leader;
    private int[] _members = [];
    private int _group;

    public async Task InitializeAsync()
    {
        _society = new Society(await _app.CreateAdminClientAsync());
        _leader = await _society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        _members = [await _society.AddMember("Dr A", "GP", "AU", new { college = "RACGP", memberNumber = "1" }),
            await _society.AddMember("Dr B", "GP", "AU", new { college = "RACGP", memberNumber = "2" }),
            await _society.AddMember("Dr C", "GP", "AU", new { college = "RACGP", memberNumber = "3" })];
        _group = await _society.AddGroup(_leader, _members);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<int> AMarkedMeeting(string date)
    {
        var meeting = (await _society.Schedule(_group, $"{date}T19:00"))["id"]!.GetValue<int>();
        await (await _society.SaveRegister(meeting, _members.Select(m => (object)new { memberId = m, status = "Present" }).ToArray())).ReadJson(HttpStatusCode.OK);
        return meeting;
    }

    private async Task<Dictionary<int, string?>> Statuses(int meeting) =>
        (await _society.Register(meeting))["entries"]!.AsArray().ToDictionary(e => e!["memberId"]!.GetValue<int>(), e => e!["status"]?.GetValue<string>());

    [Fact]
    public async Task APartialSaveThatWouldUnmarkOthersIsRefusedNamingThemAndChangesNothing()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        var refused = await _society.SaveRegister(meeting, new { memberId = _members[0], status = "Late", minutesAttended = 70 });

        var message = await refused.ProblemFor("entries");
        Assert.Contains("Dr B", message);
        Assert.Contains("Dr C", message);
        Assert.All(_members, m => Assert.Equal("Present", Statuses(meeting).Result[m]));
    }

    [Fact]
    public async Task AWholeSaveMayUnmarkMembersItNamesExplicitly()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        var saved = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance", new
        {
            entries = new[] { new { memberId = _members[0], status = "Present" }, new { memberId = _members[1], status = "Present" } },
            unmark = new[] { _members[2] },
        });

        await saved.ReadJson(HttpStatusCode.OK);
        var statuses = await Statuses(meeting);
        Assert.Equal(("Present", "Present", null), (statuses[_members[0]], statuses[_members[1]], statuses[_members[2]]));
    }

    [Fact]
    public async Task OneMembersLineIsCorrectedAloneAndAudited()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        var corrected = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/{_members[1]}", new { status = "LeftEarly", minutesAttended = 60 });

        var register = await corrected.ReadJson(HttpStatusCode.OK);
        var line = register["entries"]!.AsArray().Single(e => e!["memberId"]!.GetValue<int>() == _members[1])!;
        Assert.Equal(("LeftEarly", 60), (line["status"]!.GetValue<string>(), line["minutesAttended"]!.GetValue<int>()));
        Assert.Equal("Present", (await Statuses(meeting))[_members[0]]);
        var audit = await (await _society.Client.GetAsync($"/api/audit?entity=Register&id={meeting}")).ReadJson(HttpStatusCode.OK);
        Assert.Contains(audit.AsArray(), a => a!["action"]!.GetValue<string>() == "Corrected");
        Assert.NotEmpty(await (await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/{_members[1]}",
            new { status = "Late", minutesAttended = 120 })).ProblemFor("minutesAttended"));
    }

    [Fact]
    public async Task ALockedRegisterRefusesACorrectionWithProblemDetails()
    {
        var meeting = await AMarkedMeeting("2026-11-04");
        await (await _society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);

        var refused = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/{_members[1]}", new { status = "Absent" });

        await refused.ReadJson(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMeetingIsRescheduledInItsZoneWithTheSameDaylightSavingRules()
    {
        var meeting = (await _society.Schedule(_group, "2026-11-25T19:00"))["id"]!.GetValue<int>();

        var moved = await (await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}", new { startsAtLocal = "2026-11-26T18:30", durationMinutes = 90, mode = "Online" }))
            .ReadJson(HttpStatusCode.OK);
        var gap = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}", new { startsAtLocal = "2026-10-04T02:30", durationMinutes = 90, mode = "Online" });

        Assert.Equal(("2026-11-26T07:30:00Z", "2026-11-26", "Online"),
            (moved["startsAtUtc"]!.GetValue<string>(), moved["localDate"]!.GetValue<string>(), moved["mode"]!.GetValue<string>()));
        Assert.Contains("does not exist", await gap.ProblemFor("startsAtLocal"));
    }

    [Fact]
    public async Task ACancelledMeetingEarnsNothingAndIsNotAForgottenRegister()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        await (await _society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/cancel", new { reason = "Venue closed" })).ReadJson(HttpStatusCode.OK);

        var got = await (await _society.Client.GetAsync($"/api/meetings/{meeting}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Cancelled", got["status"]!.GetValue<string>());
        await (await _society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.Conflict);
        var statement = await (await _society.Client.GetAsync($"/api/members/{_members[0]}/cpd?college=RACGP&date=2026-11-20")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(0, statement["openRegisters"]!.GetValue<int>());
        Assert.Empty(statement["lines"]!.AsArray());
        var check = await (await _society.Client.GetAsync("/api/reports/colleges/RACGP/2026/check")).ReadJson(HttpStatusCode.OK);
        Assert.DoesNotContain(check["problems"]!.AsArray(), p => p!["meetingId"]?.GetValue<int>() == meeting);
        Assert.NotEmpty(await (await _society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/cancel", new { reason = "" })).ProblemFor("reason"));
    }

    [Fact]
    public async Task AMeetingIsDeletedOnlyWhenNothingWasEverMarked()
    {
        var empty = (await _society.Schedule(_group, "2026-12-02T19:00"))["id"]!.GetValue<int>();
        var marked = await AMarkedMeeting("2026-11-04");

        Assert.Equal(HttpStatusCode.NoContent, (await _society.Client.DeleteAsync($"/api/meetings/{empty}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _society.Client.GetAsync($"/api/meetings/{empty}")).StatusCode);
        var refused = await _society.Client.DeleteAsync($"/api/meetings/{marked}");
        await refused.ReadJson(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheCollegeCheckNamesAPastRegisterThatWasNeverSaved()
    {
        var forgotten = (await _society.Schedule(_group, "2026-11-11T19:00"))["id"]!.GetValue<int>();

        var check = await (await _society.Client.GetAsync("/api/reports/colleges/RACGP/2026/check")).ReadJson(HttpStatusCode.OK);

        var problem = Assert.Single(check["problems"]!.AsArray(), p => p!["meetingId"]?.GetValue<int>() == forgotten)!;
        Assert.Equal("UnmarkedRegister", problem["kind"]!.GetValue<string>());
    }
}
