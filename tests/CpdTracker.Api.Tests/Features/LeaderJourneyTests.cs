using CpdTracker.Api.Features.Meetings;
using CpdTracker.Domain.Meetings;

namespace CpdTracker.Api.Tests.Features;

public sealed class LeaderJourneyTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task ALeaderSchedulesMarksLocksAndAnAdminUnlocksTheRegister()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist");
        var zoe = await society.AddMember("Dr Zoë O'Brien");
        var mere = await society.AddMember("Mere Tūhoe-Ngāwai");
        var priya = await society.AddMember("Priya Raman", "Psychologist");
        var group = await society.AddGroup(leader, [zoe, mere, priya]);

        // The times as a client reads them on the wire: UTC with its Z, the offset used, the local date.
        var meeting = await society.Schedule(group, "2026-11-18T19:00");
        var meetingId = meeting["id"]!.GetValue<int>();
        Assert.Equal("2026-11-18T08:00:00Z", meeting["startsAtUtc"]!.GetValue<string>());
        Assert.Equal("+11:00", meeting["utcOffset"]!.GetValue<string>());
        Assert.Equal("2026-11-18", meeting["localDate"]!.GetValue<string>());

        var saved = await (await society.SaveRegister(meetingId,
            new { memberId = leader, status = "Present" },
            new { memberId = zoe, status = "Late", minutesAttended = 70 },
            new { memberId = mere, status = "Present", role = "Presenter" }))
            .ReadAs<RegisterResponse>(HttpStatusCode.OK);
        Assert.Equal(4, saved.Entries.Count);
        Assert.Equal(priya, Assert.Single(saved.Entries, l => !l.Marked).MemberId);
        var leaderLine = saved.Entries.Single(l => l.MemberId == leader);
        Assert.Equal((AttendanceRole.Leader, 90), (leaderLine.Role, leaderLine.MinutesAttended));
        Assert.Equal("Mere Tūhoe-Ngāwai", saved.Entries.Single(l => l.MemberId == mere).FullName);

        var locked = await society.Lock(meetingId);
        Assert.Equal(MeetingStatus.Locked, locked.Status);
        var absent = locked.Entries.Single(l => l.MemberId == priya);
        Assert.Equal((AttendanceStatus.Absent, true), (absent.Status, absent.Marked));

        var refused = await society.SaveRegister(meetingId, new { memberId = priya, status = "Present" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(AttendanceStatus.Absent,
            (await society.ReadRegister(meetingId)).Entries.Single(l => l.MemberId == priya).Status);

        var unlocked = await society.Client.PostAsJsonAsync($"/api/meetings/{meetingId}/unlock",
            new { reason = "Priya attended; marked wrongly." });
        Assert.Equal(MeetingStatus.Scheduled, (await unlocked.ReadAs<RegisterResponse>(HttpStatusCode.OK)).Status);
        var corrected = await (await society.SaveRegister(meetingId,
            new { memberId = leader, status = "Present" },
            new { memberId = zoe, status = "Late", minutesAttended = 70 },
            new { memberId = mere, status = "Present", role = "Presenter" },
            new { memberId = priya, status = "Present" })).ReadAs<RegisterResponse>(HttpStatusCode.OK);
        Assert.All(corrected.Entries, l => Assert.True(l.Marked));
    }

    [Fact]
    public async Task MeetingsAreListedByLocalDateRange()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var group = await society.AddGroup(leader, [], "Pacific/Auckland");
        await society.ScheduleMeeting(group, "2026-01-01T00:30");
        await society.ScheduleMeeting(group, "2026-02-10T18:30");

        var january = await (await society.Client.GetAsync(
            $"/api/groups/{group}/meetings?from=2026-01-01&to=2026-01-31")).ReadJson(HttpStatusCode.OK);

        // Read raw: the UTC start is checked as the text a client gets.
        var only = Assert.Single(january.AsArray())!;
        Assert.Equal("2026-01-01", only["localDate"]!.GetValue<string>());
        Assert.Equal("2025-12-31T11:30:00Z", only["startsAtUtc"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheRegisterCarriesAVersionAndAStaleIfMatchIsAConflict()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var group = await society.AddGroup(leader, []);
        var meetingId = (await society.ScheduleMeeting(group)).Id;
        var version = (await society.ReadRegister(meetingId)).Version;

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
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var member = await society.AddMember("Member");
        var group = await society.AddGroup(leader, [member]);
        var meetingId = (await society.ScheduleMeeting(group)).Id;
        var version = (await society.ReadRegister(meetingId)).Version;

        HttpRequestMessage Save(string status) => new(HttpMethod.Put, $"/api/meetings/{meetingId}/attendance")
        {
            Content = JsonContent.Create(new { entries = new[] { new { memberId = member, status } } }),
            Headers = { { "If-Match", $"\"{version}\"" } },
        };

        var other = await app.CreateAdminClientAsync();
        var results = await Task.WhenAll(society.Client.SendAsync(Save("Present")), other.SendAsync(Save("Apology")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order().ToArray());
        var winner = results.Single(r => r.StatusCode == HttpStatusCode.OK);
        var saved = (await winner.ReadAs<RegisterResponse>(HttpStatusCode.OK)).Entries
            .Single(l => l.MemberId == member);
        var stored = (await society.ReadRegister(meetingId)).Entries.Single(l => l.MemberId == member);
        Assert.Equal(saved.Status, stored.Status);
    }
}
