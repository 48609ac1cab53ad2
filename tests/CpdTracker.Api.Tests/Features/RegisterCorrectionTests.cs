using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.CollegeReports;
using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Domain.Meetings;

namespace CpdTracker.Api.Tests.Features;

/// <summary>Correcting a register never loses what was marked, and a meeting scheduled by mistake can be moved,
/// cancelled or deleted. The application is shared; each test has a group and members of its own.</summary>
public sealed class RegisterCorrectionTests(CpdTrackerApplication app)
    : IClassFixture<CpdTrackerApplication>, IAsyncLifetime
{
    private Society _society = null!;
    private int[] _members = [];
    private int _group;

    public async Task InitializeAsync()
    {
        _society = new Society(await app.SharedAdminClientAsync());
        var leader = await _society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU",
            new { college = "RANZCP", memberNumber = "RP-1" });
        _members = [await _society.AddMember("Dr A", "GP", "AU", new { college = "RACGP", memberNumber = "1" }),
            await _society.AddMember("Dr B", "GP", "AU", new { college = "RACGP", memberNumber = "2" }),
            await _society.AddMember("Dr C", "GP", "AU", new { college = "RACGP", memberNumber = "3" })];
        _group = await _society.AddGroup(leader, _members);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> AMarkedMeeting(string date)
    {
        var meeting = (await _society.ScheduleMeeting(_group, $"{date}T19:00")).Id;
        await (await _society.SaveRegister(meeting,
                _members.Select(m => (object)new { memberId = m, status = "Present" }).ToArray()))
            .ReadJson(HttpStatusCode.OK);
        return meeting;
    }

    private async Task<Dictionary<int, AttendanceStatus?>> Statuses(int meeting) =>
        (await _society.ReadRegister(meeting)).Entries.ToDictionary(e => e.MemberId, e => e.Status);

    private async Task<ReportCheckResponse> RacgpCheck() =>
        await (await _society.Client.GetAsync("/api/reports/colleges/RACGP/2026/check"))
            .ReadAs<ReportCheckResponse>(HttpStatusCode.OK);

    [Fact]
    public async Task APartialSaveThatWouldUnmarkOthersIsRefusedNamingThemAndChangesNothing()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        var refused = await _society.SaveRegister(meeting,
            new { memberId = _members[0], status = "Late", minutesAttended = 70 });

        var message = await refused.ProblemFor("entries");
        Assert.Contains("Dr B", message);
        Assert.Contains("Dr C", message);
        var statuses = await Statuses(meeting);
        Assert.All(_members, m => Assert.Equal(AttendanceStatus.Present, statuses[m]));
    }

    [Fact]
    public async Task AWholeSaveMayUnmarkMembersItNamesExplicitly()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        var saved = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance", new
        {
            entries = new[]
            {
                new { memberId = _members[0], status = "Present" },
                new { memberId = _members[1], status = "Present" },
            },
            unmark = new[] { _members[2] },
        });

        await saved.ReadJson(HttpStatusCode.OK);
        var statuses = await Statuses(meeting);
        Assert.Equal((AttendanceStatus.Present, AttendanceStatus.Present, null),
            (statuses[_members[0]], statuses[_members[1]], statuses[_members[2]]));
    }

    [Fact]
    public async Task OneMembersLineIsCorrectedAloneAndAudited()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        var corrected = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/{_members[1]}",
            new { status = "LeftEarly", minutesAttended = 60 });

        var line = (await corrected.ReadAs<RegisterResponse>(HttpStatusCode.OK)).Entries
            .Single(e => e.MemberId == _members[1]);
        Assert.Equal((AttendanceStatus.LeftEarly, 60), (line.Status, line.MinutesAttended));
        Assert.Equal(AttendanceStatus.Present, (await Statuses(meeting))[_members[0]]);
        var audit = await (await _society.Client.GetAsync($"/api/audit?entity=Register&id={meeting}"))
            .ReadAs<List<AuditEntryResponse>>(HttpStatusCode.OK);
        Assert.Contains(audit, a => a.Action == "Corrected");
        Assert.NotEmpty(await (await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/{_members[1]}",
            new { status = "Late", minutesAttended = 120 })).ProblemFor("minutesAttended"));
    }

    [Fact]
    public async Task ALockedRegisterRefusesACorrectionWithProblemDetails()
    {
        var meeting = await AMarkedMeeting("2026-11-04");
        await _society.Lock(meeting);

        var refused = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/{_members[1]}",
            new { status = "Absent" });

        await refused.ReadJson(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AMeetingIsRescheduledInItsZoneWithTheSameDaylightSavingRules()
    {
        var meeting = (await _society.ScheduleMeeting(_group, "2026-11-25T19:00")).Id;

        // Read raw: the UTC start is checked as the text a client gets.
        var moved = await (await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}",
                new { startsAtLocal = "2026-11-26T18:30", durationMinutes = 90, mode = "Online" }))
            .ReadJson(HttpStatusCode.OK);
        var gap = await _society.Client.PutAsJsonAsync($"/api/meetings/{meeting}",
            new { startsAtLocal = "2026-10-04T02:30", durationMinutes = 90, mode = "Online" });

        Assert.Equal(("2026-11-26T07:30:00Z", "2026-11-26", "Online"),
            (moved["startsAtUtc"]!.GetValue<string>(), moved["localDate"]!.GetValue<string>(),
                moved["mode"]!.GetValue<string>()));
        Assert.Contains("does not exist", await gap.ProblemFor("startsAtLocal"));
    }

    [Fact]
    public async Task ACancelledMeetingEarnsNothingAndIsNotAForgottenRegister()
    {
        var meeting = await AMarkedMeeting("2026-11-04");

        await (await _society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/cancel",
            new { reason = "Venue closed" })).ReadJson(HttpStatusCode.OK);

        var got = await (await _society.Client.GetAsync($"/api/meetings/{meeting}"))
            .ReadAs<MeetingResponse>(HttpStatusCode.OK);
        Assert.Equal(MeetingStatus.Cancelled, got.Status);
        await (await _society.Client.PostAsync($"/api/meetings/{meeting}/lock", null))
            .ReadJson(HttpStatusCode.Conflict);
        var statement = await (await _society.Client.GetAsync(
                $"/api/members/{_members[0]}/cpd?college=RACGP&date=2026-11-20"))
            .ReadAs<CpdStatementResponse>(HttpStatusCode.OK);
        Assert.Equal(0, statement.OpenRegisters);
        Assert.Empty(statement.Lines);
        Assert.DoesNotContain((await RacgpCheck()).Problems, p => p.MeetingId == meeting);
        Assert.NotEmpty(await (await _society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/cancel",
            new { reason = "" })).ProblemFor("reason"));
    }

    [Fact]
    public async Task AMeetingIsDeletedOnlyWhenNothingWasEverMarked()
    {
        var empty = (await _society.ScheduleMeeting(_group, "2026-12-02T19:00")).Id;
        var marked = await AMarkedMeeting("2026-11-04");

        Assert.Equal(HttpStatusCode.NoContent,
            (await _society.Client.DeleteAsync($"/api/meetings/{empty}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _society.Client.GetAsync($"/api/meetings/{empty}")).StatusCode);
        var refused = await _society.Client.DeleteAsync($"/api/meetings/{marked}");
        await refused.ReadJson(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheCollegeCheckNamesAPastRegisterThatWasNeverSaved()
    {
        var forgotten = (await _society.ScheduleMeeting(_group, "2026-11-11T19:00")).Id;

        var problem = Assert.Single((await RacgpCheck()).Problems, p => p.MeetingId == forgotten);

        Assert.Equal(ReportProblemKind.UnmarkedRegister, problem.Kind);
    }
}
