using CpdTracker.Api.Features.Auth;
using CpdTracker.Api.Features.Members;

namespace CpdTracker.Api.Tests.Security;

public sealed class InvitationTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task AnEarlierInvitationIsVoidOnceALaterOneIsAccepted()
    {
        var admin = await app.SharedAdminClientAsync();
        var member = await new Society(admin).AddMember("Zoë O'Brien");
        var (earlier, later) = (await InviteAsync(admin, member), await InviteAsync(admin, member));
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token = later, password = "Zoe-Password-1" })).StatusCode);
        var replay = await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token = earlier, password = "Attacker-Password-1" });

        Assert.Contains("ask for a new one", await replay.ProblemFor("token"));
        var email = (await (await admin.GetAsync($"/api/members/{member}"))
            .ReadAs<MemberResponse>(HttpStatusCode.OK)).Email;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login",
            new { email, password = "Zoe-Password-1" })).StatusCode);
    }

    [Fact]
    public async Task InvitingAgainVoidsTheEarlierInvitation()
    {
        var admin = await app.SharedAdminClientAsync();
        var member = await new Society(admin).AddMember("Zoë O'Brien");
        var earlier = await InviteAsync(admin, member);
        var later = await InviteAsync(admin, member);
        var anonymous = app.CreateClient();

        Assert.Contains("ask for a new one", await (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token = earlier, password = "Zoe-Password-1" })).ProblemFor("token"));
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token = later, password = "Zoe-Password-1" })).StatusCode);
    }

    [Fact]
    public async Task AnInvitationRefusedForAWeakPasswordCanBeUsedAgain()
    {
        var admin = await app.SharedAdminClientAsync();
        var token = await InviteAsync(admin, await new Society(admin).AddMember("Zoë O'Brien"));
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "aaaaaaaaaaaa" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "Zoe-Password-1" })).StatusCode);
    }

    private static async Task<string> InviteAsync(HttpClient admin, int member) =>
        (await (await admin.PostAsync($"/api/members/{member}/invitation", null))
            .ReadAs<InvitationResponse>(HttpStatusCode.OK)).Token;
}
