using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

public sealed class AuditTests
{
    [Fact]
    public async Task EveryRegisterChangeIsTracedToAPersonATimeAndItsBeforeAndAfter()
    {
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var society = new Society(admin);
        var leader = await society.AddMember("Leader");
        var member = await society.AddMember("Member");
        var group = await society.AddGroup(leader, [member]);
        var meeting = (await society.Schedule(group))["id"]!.GetValue<int>();
        var leaderClient = await app.CreateMemberClientAsync(leader);
        var leaderEmail = (await (await leaderClient.GetAsync("/api/me")).ReadJson(HttpStatusCode.OK))["email"]!.GetValue<string>();

        await (await leaderClient.PutAsJsonAsync($"/api/meetings/{meeting}/attendance", new { entries = new[] { new { memberId = member, status = "Present" } } })).ReadJson(HttpStatusCode.OK);
        await (await leaderClient.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"/api/meetings/{meeting}/unlock", new { reason = "Member left early, not present" })).ReadJson(HttpStatusCode.OK);

        var trail = (await (await admin.GetAsync($"/api/audit?entity=Register&id={meeting}")).ReadJson(HttpStatusCode.OK)).AsArray();
        Assert.Equal(["Unlocked", "Locked", "Saved"], trail.Select(a => a!["action"]!.GetValue<string>()).ToArray());
        var saved = trail[2]!;
        Assert.Equal(leaderEmail, saved["actor"]!.GetValue<string>());
        Assert.Equal("2026-11-22T09:00:00Z", saved["atUtc"]!.GetValue<string>());
        Assert.DoesNotContain("Present", saved["before"]!.GetValue<string>());
        Assert.Contains("\"status\":\"Present\"", saved["after"]!.GetValue<string>());
        var unlocked = trail[0]!;
        Assert.Equal(CpdTrackerApplication.AdminEmail, unlocked["actor"]!.GetValue<string>());
        Assert.Equal("Member left early, not present", unlocked["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangesToMembersAndGroupsAreAuditedAndOnlyAdminsReadTheLog()
    {
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var society = new Society(admin);
        var leader = await society.AddMember("Leader");
        await society.AddGroup(leader, []);

        var members = (await (await admin.GetAsync($"/api/audit?entity=Member&id={leader}")).ReadJson(HttpStatusCode.OK)).AsArray();
        Assert.Equal("Created", Assert.Single(members)!["action"]!.GetValue<string>());
        Assert.Contains("\"fullName\":\"Leader\"", members[0]!["after"]!.GetValue<string>());
        Assert.Single((await (await admin.GetAsync("/api/audit?entity=Group")).ReadJson(HttpStatusCode.OK)).AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.CreateMemberClientAsync(leader)).GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task TheDatabaseRefusesToUpdateOrDeleteAnAuditRow()
    {
        await using var app = new CpdTrackerApplication();
        await new Society(await app.CreateAdminClientAsync()).AddMember("Someone");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();

        var update = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'someone else'"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(1, await db.AuditEntries.CountAsync());
    }
}
