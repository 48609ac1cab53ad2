using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

public sealed class AccountTests
{
    [Fact]
    public async Task NothingButTheOpenEndpointsAnswersWithoutSigningIn()
    {
        await using var app = new CpdTrackerApplication();
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task SigningInGivesABearerTokenAndARefreshTokenThatGivesAnother()
    {
        await using var app = new CpdTrackerApplication();
        var client = app.CreateClient();

        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { email = CpdTrackerApplication.AdminEmail, password = CpdTrackerApplication.Password })).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Bearer", login["tokenType"]!.GetValue<string>());
        Assert.Equal(900, login["expiresIn"]!.GetValue<int>());
        var refreshed = await (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() })).ReadJson(HttpStatusCode.OK);

        client.DefaultRequestHeaders.Authorization = new("Bearer", refreshed["accessToken"]!.GetValue<string>());
        var me = await (await client.GetAsync("/api/me")).ReadJson(HttpStatusCode.OK);
        Assert.Contains("Admin", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "forged" })).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne()
    {
        await using var app = new CpdTrackerApplication();
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = CpdTrackerApplication.AdminEmail, password = $"wrong-{i}" })).StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/auth/login", new { email = CpdTrackerApplication.AdminEmail, password = CpdTrackerApplication.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());

        // Identity stamps the lockout with the system clock: it lasts 15 minutes from the fifth failure.
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CpdTracker.Api.Data.Identity.AppUser>>();
        var end = (await users.FindByEmailAsync(CpdTrackerApplication.AdminEmail))!.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(end, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task SignInAttemptsBeyondTheLimitAreRefusedWith429AndRetryAfter()
    {
        await using var app = new CpdTrackerApplication { AuthPerMinute = 3 };
        var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.org", password = "wrong-password" })).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.org", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After was {limited.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/accept-invitation", new { token = "t", password = "whatever-password" })).StatusCode);
    }

    [Fact]
    public async Task AnInvitedMemberSetsAPasswordOnceSignsInAndSeesOnlyTheirOwnRecords()
    {
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var society = new Society(admin);
        var zoe = await society.AddMember("Zoë O'Brien");
        var other = await society.AddMember("Someone else");
        var email = (await (await admin.GetAsync($"/api/members/{zoe}")).ReadJson(HttpStatusCode.OK))["email"]!.GetValue<string>();

        var invitation = await (await admin.PostAsync($"/api/members/{zoe}/invitation", null)).ReadJson(HttpStatusCode.OK);
        var token = invitation["token"]!.GetValue<string>();
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = "Zoe-Password-1" })).StatusCode);
        Assert.Contains("already used", await (await anonymous.PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = "Zoe-Password-2" })).ProblemFor("token"));

        var client = await app.CreateClientAsAsync(email, "Zoe-Password-1");
        var me = await (await client.GetAsync("/api/me")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(zoe, me["memberId"]!.GetValue<int>());
        Assert.Equal("Zoë O'Brien", me["fullName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/members/{zoe}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/members/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/members")).StatusCode);
    }

    [Fact]
    public async Task AnExpiredInvitationIsRefused()
    {
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var member = await new Society(admin).AddMember("Late reader");
        var token = (await (await admin.PostAsync($"/api/members/{member}/invitation", null)).ReadJson(HttpStatusCode.OK))["token"]!.GetValue<string>();

        app.Clock.Advance(TimeSpan.FromDays(8));
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = "Late-Password-1" });

        Assert.Contains("expired", await response.ProblemFor("token"));
    }

    [Fact]
    public async Task WithoutBootstrapConfigurationNoAdministratorExists()
    {
        await using var app = new CpdTrackerApplication { BootstrapAdmin = false };
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = CpdTrackerApplication.AdminEmail, password = CpdTrackerApplication.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ALeaderSeesTheGroupsTheyLeadAndIsRefusedAnotherGroup()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var mine = await society.AddGroup(leader, []);
        var theirs = await society.AddGroup(await society.AddMember("Other leader"), []);
        var client = await app.CreateMemberClientAsync(leader);

        var me = await (await client.GetAsync("/api/me")).ReadJson(HttpStatusCode.OK);
        Assert.Equal([mine], me["groupsLed"]!.AsArray().Select(g => g!.GetValue<int>()).ToArray());
        Assert.Contains("Leader", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal([mine], (await (await client.GetAsync("/api/groups")).ReadJson(HttpStatusCode.OK)).AsArray().Select(g => g!["id"]!.GetValue<int>()).ToArray());
        var refused = await client.PostAsJsonAsync($"/api/groups/{theirs}/meetings", new { startsAtLocal = "2026-11-18T19:00", durationMinutes = 90, mode = "Online" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty((await (await society.Client.GetAsync($"/api/groups/{theirs}/meetings")).ReadJson(HttpStatusCode.OK)).AsArray());
    }
}
