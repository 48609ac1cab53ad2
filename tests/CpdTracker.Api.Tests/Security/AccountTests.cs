using CpdTracker.Api.Features.Auth;
using CpdTracker.Api.Features.Groups;
using CpdTracker.Api.Features.Members;
using CpdTracker.Api.Features.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

/// <summary>Tests that limit sign-ins, move the clock or start without an administrator have applications of their
/// own.</summary>
public sealed class AccountTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task NothingButTheOpenEndpointsAnswersWithoutSigningIn()
    {
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task SigningInGivesABearerTokenAndARefreshTokenThatGivesAnother()
    {
        var client = app.CreateClient();

        // Read raw: the token type is checked as the text a client gets.
        var login = await (await client.PostAsJsonAsync("/api/auth/login",
                new { email = CpdTrackerApplication.AdminEmail, password = CpdTrackerApplication.Password }))
            .ReadJson(HttpStatusCode.OK);
        Assert.Equal("Bearer", login["tokenType"]!.GetValue<string>());
        Assert.Equal(900, login["expiresIn"]!.GetValue<int>());
        var refreshed = await (await client.PostAsJsonAsync("/api/auth/refresh",
                new { refreshToken = login["refreshToken"]!.GetValue<string>() }))
            .ReadAs<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(HttpStatusCode.OK);

        client.DefaultRequestHeaders.Authorization = new("Bearer", refreshed.AccessToken);
        var me = await (await client.GetAsync("/api/me")).ReadAs<MeResponse>(HttpStatusCode.OK);
        Assert.Contains("Admin", me.Roles);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "forged" })).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        // A member's account of its own: the shared administrator stays unlocked for the other tests.
        var email = await app.CreateMemberAccountAsync(
            await new Society(await app.SharedAdminClientAsync()).AddMember("Account holder"));
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-{i}" })).StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/auth/login",
            new { email, password = CpdTrackerApplication.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());

        // Identity stamps the lockout with the system clock: it lasts 15 minutes from the fifth failure.
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CpdTracker.Api.Data.Identity.AppUser>>();
        var end = (await users.FindByEmailAsync(email))!.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(end, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task SignInAttemptsBeyondTheLimitAreRefusedWith429AndRetryAfter()
    {
        await using var own = new CpdTrackerApplication { AuthPerMinute = 3 };
        var client = own.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login",
                new { email = "x@example.org", password = "wrong-password" })).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/login",
            new { email = "x@example.org", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After was {limited.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token = "t", password = "whatever-password" })).StatusCode);
    }

    [Fact]
    public async Task AnInvitedMemberSetsAPasswordOnceSignsInAndSeesOnlyTheirOwnRecords()
    {
        var admin = await app.SharedAdminClientAsync();
        var society = new Society(admin);
        var zoe = await society.AddMember("Zoë O'Brien");
        var other = await society.AddMember("Someone else");
        var email = (await (await admin.GetAsync($"/api/members/{zoe}"))
            .ReadAs<MemberResponse>(HttpStatusCode.OK)).Email;

        var token = (await (await admin.PostAsync($"/api/members/{zoe}/invitation", null))
            .ReadAs<InvitationResponse>(HttpStatusCode.OK)).Token;
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "Zoe-Password-1" })).StatusCode);
        Assert.Contains("already used", await (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "Zoe-Password-2" })).ProblemFor("token"));

        var client = await app.CreateClientAsAsync(email, "Zoe-Password-1");
        var me = await (await client.GetAsync("/api/me")).ReadAs<MeResponse>(HttpStatusCode.OK);
        Assert.Equal((zoe, "Zoë O'Brien"), (me.MemberId, me.FullName));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/members/{zoe}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/members/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/members")).StatusCode);
    }

    [Fact]
    public async Task AnExpiredInvitationIsRefused()
    {
        // Its own application: it moves the clock.
        await using var own = new CpdTrackerApplication();
        var admin = await own.CreateAdminClientAsync();
        var member = await new Society(admin).AddMember("Late reader");
        var token = (await (await admin.PostAsync($"/api/members/{member}/invitation", null))
            .ReadAs<InvitationResponse>(HttpStatusCode.OK)).Token;

        own.Clock.Advance(TimeSpan.FromDays(8));
        var response = await own.CreateClient().PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "Late-Password-1" });

        Assert.Contains("expired", await response.ProblemFor("token"));
    }

    [Fact]
    public async Task WithoutBootstrapConfigurationNoAdministratorExists()
    {
        await using var own = new CpdTrackerApplication { BootstrapAdmin = false };
        var response = await own.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { email = CpdTrackerApplication.AdminEmail, password = CpdTrackerApplication.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ALeaderSeesTheGroupsTheyLeadAndIsRefusedAnotherGroup()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var mine = await society.AddGroup(leader, []);
        var theirs = await society.AddGroup(await society.AddMember("Other leader"), []);
        var client = await app.CreateMemberClientAsync(leader);

        var me = await (await client.GetAsync("/api/me")).ReadAs<MeResponse>(HttpStatusCode.OK);
        Assert.Equal([mine], me.GroupsLed);
        Assert.Contains("Leader", me.Roles);
        Assert.Equal([mine], (await (await client.GetAsync("/api/groups"))
            .ReadAs<List<GroupResponse>>(HttpStatusCode.OK)).Select(g => g.Id));
        var refused = await client.PostAsJsonAsync($"/api/groups/{theirs}/meetings",
            new { startsAtLocal = "2026-11-18T19:00", durationMinutes = 90, mode = "Online" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await (await society.Client.GetAsync($"/api/groups/{theirs}/meetings"))
            .ReadAs<List<MeetingResponse>>(HttpStatusCode.OK));
    }
}
