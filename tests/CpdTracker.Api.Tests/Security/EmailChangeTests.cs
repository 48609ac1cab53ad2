using CpdTracker.Api.Features.Auth;
using CpdTracker.Api.Features.Members;

namespace CpdTracker.Api.Tests.Security;

public sealed class EmailChangeTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task ChangingAMembersEmailMovesTheirSignInAndFreesTheOldAddress()
    {
        var admin = await app.SharedAdminClientAsync();
        var society = new Society(admin);
        var zoe = await society.AddMember("Zoë O'Brien");
        var oldEmail = await app.CreateMemberAccountAsync(zoe);
        await (await admin.PutAsJsonAsync($"/api/members/{zoe}", Member("Zoë O'Brien", oldEmail)))
            .ReadJson(HttpStatusCode.OK);

        await (await admin.PutAsJsonAsync($"/api/members/{zoe}", Member("Zoë O'Brien", "zoe.new@example.org")))
            .ReadJson(HttpStatusCode.OK);

        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login",
            new { email = oldEmail, password = CpdTrackerApplication.Password })).StatusCode);
        var signedIn = await app.CreateClientAsAsync("zoe.new@example.org");
        Assert.Equal(zoe, (await (await signedIn.GetAsync("/api/me")).ReadAs<MeResponse>(HttpStatusCode.OK)).MemberId);

        var liam = (await (await admin.PostAsJsonAsync("/api/members", Member("Liam Walsh", oldEmail)))
            .ReadAs<MemberResponse>(HttpStatusCode.Created)).Id;
        var token = (await (await admin.PostAsync($"/api/members/{liam}/invitation", null))
            .ReadAs<InvitationResponse>(HttpStatusCode.OK)).Token;
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "Liam-Password-1" })).StatusCode);
        var liamClient = await app.CreateClientAsAsync(oldEmail, "Liam-Password-1");
        Assert.Equal(liam,
            (await (await liamClient.GetAsync("/api/me")).ReadAs<MeResponse>(HttpStatusCode.OK)).MemberId);
    }

    [Fact]
    public async Task AnEmailTakenByAnotherAccountIsAConflictAndNothingChanges()
    {
        var admin = await app.SharedAdminClientAsync();
        var zoe = await new Society(admin).AddMember("Zoë O'Brien");
        var email = await app.CreateMemberAccountAsync(zoe);
        await (await admin.PutAsJsonAsync($"/api/members/{zoe}", Member("Zoë O'Brien", email)))
            .ReadJson(HttpStatusCode.OK);

        var response = await admin.PutAsJsonAsync($"/api/members/{zoe}",
            Member("Zoë Changed", CpdTrackerApplication.AdminEmail));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var read = await (await admin.GetAsync($"/api/members/{zoe}")).ReadAs<MemberResponse>(HttpStatusCode.OK);
        Assert.Equal(("Zoë O'Brien", email), (read.FullName, read.Email));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { email, password = CpdTrackerApplication.Password })).StatusCode);
    }

    private static object Member(string fullName, string email) =>
        new { fullName, email, profession = "GP", country = "AU", collegeMemberships = Array.Empty<object>() };
}
