using System.Data.Common;
using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

public sealed class AuditTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    private static async Task<List<AuditEntryResponse>> Trail(HttpClient admin, string query) =>
        await (await admin.GetAsync($"/api/audit?{query}")).ReadAs<List<AuditEntryResponse>>(HttpStatusCode.OK);

    [Fact]
    public async Task EveryRegisterChangeIsTracedToAPersonATimeAndItsBeforeAndAfter()
    {
        var admin = await app.SharedAdminClientAsync();
        var society = new Society(admin);
        var leader = await society.AddMember("Leader");
        var member = await society.AddMember("Member");
        var group = await society.AddGroup(leader, [member]);
        var meeting = (await society.ScheduleMeeting(group)).Id;
        var leaderClient = await app.CreateMemberClientAsync(leader);
        var leaderEmail = (await (await leaderClient.GetAsync("/api/me")).ReadAs<MeResponse>(HttpStatusCode.OK)).Email;

        await (await leaderClient.PutAsJsonAsync($"/api/meetings/{meeting}/attendance",
            new { entries = new[] { new { memberId = member, status = "Present" } } })).ReadJson(HttpStatusCode.OK);
        await (await leaderClient.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"/api/meetings/{meeting}/unlock",
            new { reason = "Member left early, not present" })).ReadJson(HttpStatusCode.OK);

        var trail = await Trail(admin, $"entity=Register&id={meeting}");
        Assert.Equal(["Unlocked", "Locked", "Saved"], trail.Select(a => a.Action).ToArray());
        var saved = trail[2];
        Assert.Equal(leaderEmail, saved.Actor);
        Assert.Equal((new DateTime(2026, 11, 22, 9, 0, 0), DateTimeKind.Utc), (saved.AtUtc, saved.AtUtc.Kind));
        Assert.NotNull(saved.Before);
        Assert.DoesNotContain("Present", saved.Before);
        Assert.Contains("\"status\":\"Present\"", saved.After);
        var unlocked = trail[0];
        Assert.Equal(CpdTrackerApplication.AdminEmail, unlocked.Actor);
        Assert.Equal("Member left early, not present", unlocked.Reason);
    }

    [Fact]
    public async Task ChangesToMembersAndGroupsAreAuditedAndOnlyAdminsReadTheLog()
    {
        var admin = await app.SharedAdminClientAsync();
        var society = new Society(admin);
        var leader = await society.AddMember("Leader");
        var group = await society.AddGroup(leader, []);

        var created = Assert.Single(await Trail(admin, $"entity=Member&id={leader}"));
        Assert.Equal("Created", created.Action);
        Assert.Contains("\"fullName\":\"Leader\"", created.After);
        Assert.Equal("Created", Assert.Single(await Trail(admin, $"entity=Group&id={group}")).Action);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await (await app.CreateMemberClientAsync(leader)).GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task TheDatabaseRefusesToUpdateOrDeleteAnAuditRow()
    {
        await new Society(await app.SharedAdminClientAsync()).AddMember("Someone");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        var rows = await db.AuditEntries.CountAsync();

        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Actor" = 'someone else'"""));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.True(rows > 0);
        Assert.Equal(rows, await db.AuditEntries.CountAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Actor == "someone else"));
    }
}
