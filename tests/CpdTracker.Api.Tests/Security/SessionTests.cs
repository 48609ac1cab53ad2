using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

public sealed class SessionTests
{
    private sealed record Session(string AccessToken, string RefreshToken, int ExpiresIn);

    [Fact]
    public async Task AnAccessTokenLastsFifteenMinutes()
    {
        await using var app = new CpdTrackerApplication();
        var session = await SignInAsync(app, CpdTrackerApplication.AdminEmail);

        Assert.Equal(900, session.ExpiresIn);
        app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, session));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, session));
    }

    [Fact]
    public async Task ARefreshTokenWorksOnceAndItsReuseEndsTheWholeSession()
    {
        await using var app = new CpdTrackerApplication();
        var first = await SignInAsync(app, CpdTrackerApplication.AdminEmail);
        var other = await SignInAsync(app, CpdTrackerApplication.AdminEmail);

        var second = await RefreshAsync(app, first.RefreshToken);
        Assert.NotNull(second);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);

        Assert.Null(await RefreshAsync(app, first.RefreshToken));
        Assert.Null(await RefreshAsync(app, second.RefreshToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, second));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, first));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, other));
        Assert.NotNull(await RefreshAsync(app, other.RefreshToken));
    }

    [Fact]
    public async Task AcceptingAnInvitationEndsTheSessionsOpenedWithTheOldPassword()
    {
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var member = await new Society(admin).AddMember("Zoë O'Brien");
        var email = await app.CreateMemberAccountAsync(member);
        var before = await SignInAsync(app, email);

        var token = (await (await admin.PostAsync($"/api/members/{member}/invitation", null)).ReadJson(HttpStatusCode.OK))["token"]!.GetValue<string>();
        var accepted = await app.CreateClient().PostAsJsonAsync("/api/auth/accept-invitation", new { token, password = "A-New-Password-1" });
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, before));
        Assert.Null(await RefreshAsync(app, before.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, await SignInAsync(app, email, "A-New-Password-1")));
    }

    [Fact]
    public async Task ALockoutEndsTheAccountsSessions()
    {
        await using var app = new CpdTrackerApplication();
        var session = await SignInAsync(app, CpdTrackerApplication.AdminEmail);

        for (var i = 0; i < 5; i++)
        {
            await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = CpdTrackerApplication.AdminEmail, password = $"wrong-{i}" });
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, session));
        Assert.Null(await RefreshAsync(app, session.RefreshToken));
    }

    [Theory]
    [InlineData("password change")]
    [InlineData("admin disable")]
    public async Task AnAccountChangeMadeOutsideTheApiEndsItsSessions(string change)
    {
        await using var app = new CpdTrackerApplication();
        var session = await SignInAsync(app, CpdTrackerApplication.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, session));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(CpdTrackerApplication.AdminEmail))!;
            var result = change == "password change"
                ? await users.ChangePasswordAsync(user, CpdTrackerApplication.Password, "Another-Password-1")
                : await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            Assert.True(result.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, session));
        Assert.Null(await RefreshAsync(app, session.RefreshToken));
    }

    private static async Task<Session> SignInAsync(CpdTrackerApplication app, string email, string password = CpdTrackerApplication.Password)
    {
        var body = await (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password })).ReadJson(HttpStatusCode.OK);
        return new Session(body["accessToken"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>(), body["expiresIn"]!.GetValue<int>());
    }

    private static async Task<Session?> RefreshAsync(CpdTrackerApplication app, string refreshToken)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return null;
        }

        var body = await response.ReadJson(HttpStatusCode.OK);
        return new Session(body["accessToken"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>(), body["expiresIn"]!.GetValue<int>());
    }

    private static async Task<HttpStatusCode> MeAsync(CpdTrackerApplication app, Session session)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", session.AccessToken);
        return (await client.GetAsync("/api/me")).StatusCode;
    }
}
