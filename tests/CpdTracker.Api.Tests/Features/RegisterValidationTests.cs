using CpdTracker.Domain.Meetings;

namespace CpdTracker.Api.Tests.Features;

public sealed class RegisterValidationTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    /// <summary>Stands for the test's own member in <see cref="BadEntries"/>, whose id the shared database
    /// decides.</summary>
    private const int TheMember = -1;

    private async Task<(Society Society, int Group, int Meeting, int Leader, int Member)> Setup()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var member = await society.AddMember("Member");
        var group = await society.AddGroup(leader, [member]);
        var meeting = (await society.ScheduleMeeting(group)).Id;
        return (society, group, meeting, leader, member);
    }

    public static TheoryData<string, object, string> BadEntries => new()
    {
        { "unknown member", new { memberId = int.MaxValue, status = "Present" }, "entries[1].memberId" },
        {
            "minutes above duration", new { memberId = TheMember, status = "Present", minutesAttended = 95 },
            "entries[1].minutesAttended"
        },
        { "late without minutes", new { memberId = TheMember, status = "Late" }, "entries[1].minutesAttended" },
        {
            "left early without minutes", new { memberId = TheMember, status = "LeftEarly" },
            "entries[1].minutesAttended"
        },
        {
            "minutes for absent", new { memberId = TheMember, status = "Absent", minutesAttended = 10 },
            "entries[1].minutesAttended"
        },
        {
            "minutes for apology", new { memberId = TheMember, status = "Apology", minutesAttended = 0 },
            "entries[1].minutesAttended"
        },
        { "missing status", new { memberId = TheMember }, "entries[1].status" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task ABadEntryIsRefusedNamingItsFieldAndNothingIsSaved(string why, object entry, string field)
    {
        var (society, _, meeting, leader, member) = await Setup();
        var bad = JsonSerializer.SerializeToNode(entry)!;
        if (bad["memberId"]!.GetValue<int>() == TheMember)
        {
            bad["memberId"] = member;
        }

        Assert.Equal(HttpStatusCode.OK,
            (await society.SaveRegister(meeting, new { memberId = leader, status = "Present" })).StatusCode);

        var response = await society.SaveRegister(meeting, new { memberId = leader, status = "Apology" }, bad);

        Assert.False(string.IsNullOrEmpty(await response.ProblemFor(field)), why);
        var lines = (await society.ReadRegister(meeting)).Entries;
        Assert.Equal(AttendanceStatus.Present, lines.Single(l => l.MemberId == leader).Status);
        Assert.False(lines.Single(l => l.MemberId == member).Marked);
    }

    [Fact]
    public async Task TheSameMemberTwiceIsRefused()
    {
        var (society, _, meeting, _, member) = await Setup();

        var response = await society.SaveRegister(meeting,
            new { memberId = member, status = "Present" },
            new { memberId = member, status = "Absent" });

        Assert.Contains("more than once", await response.ProblemFor("entries[1].memberId"));
    }

    [Fact]
    public async Task AMemberNotEnrolledOnTheMeetingsDateIsRefused()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var left = await society.AddMember("Left in June");
        var stranger = await society.AddMember("Never enrolled");
        var group = await society.AddGroup(leader, [],
            enrolments: [new { memberId = left, joinedOn = "2026-01-01", leftOn = "2026-06-30" }]);
        var meeting = (await society.ScheduleMeeting(group, "2026-11-18T19:00")).Id;

        var afterLeaving = await society.SaveRegister(meeting, new { memberId = left, status = "Present" });
        var neverEnrolled = await society.SaveRegister(meeting, new { memberId = stranger, status = "Present" });

        Assert.Contains("not enrolled", await afterLeaving.ProblemFor("entries[0].memberId"));
        Assert.Contains("not enrolled", await neverEnrolled.ProblemFor("entries[0].memberId"));
        var earlier = (await society.ScheduleMeeting(group, "2026-03-04T19:00")).Id;
        Assert.Equal(HttpStatusCode.OK,
            (await society.SaveRegister(earlier, new { memberId = left, status = "Present" })).StatusCode);
    }

    [Fact]
    public async Task LockingAMeetingThatHasNotStartedIsAConflict()
    {
        var (society, group, _, _, _) = await Setup();
        var future = (await society.ScheduleMeeting(group, "2026-12-02T19:00")).Id;

        var response = await society.Client.PostAsync($"/api/meetings/{future}/lock", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("has not started", await response.Content.ReadAsStringAsync());
        Assert.Equal(MeetingStatus.Scheduled, (await society.ReadRegister(future)).Status);
    }

    [Fact]
    public async Task UnlockingNeedsAReasonAndALockedRegister()
    {
        var (society, _, meeting, _, _) = await Setup();

        Assert.Equal(HttpStatusCode.Conflict, (await society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/unlock",
            new { reason = "typo" })).StatusCode);
        await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null);
        Assert.Contains("why", await (await society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/unlock",
            new { reason = "" })).ProblemFor("reason"));
        Assert.Equal(HttpStatusCode.Conflict,
            (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownMeetingIsNotFound()
    {
        var client = await app.SharedAdminClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/meetings/{int.MaxValue}/attendance",
            new { entries = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.PostAsync($"/api/meetings/{int.MaxValue}/lock", null)).StatusCode);
    }
}
