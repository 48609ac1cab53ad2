using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

/// <summary>The application is shared; a test that locks or changes an account does it to a member's account of its
/// own.</summary>
public sealed class SessionTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    private sealed record Session(string AccessToken, string RefreshToken, int ExpiresIn);

    [Fact]
    public async Task AnAccessTokenLastsFifteenMinutes()
    {
        // Its own application: it moves the clock.
        await using var own = new CpdTrackerApplication();
        var session = await SignInAsync(own, CpdTrackerApplication.AdminEmail);

        Assert.Equal(900, session.ExpiresIn);
        own.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(own, session));
        own.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(own, session));
    }

    [Fact]
    public async Task ARefreshTokenWorksOnceAndItsReuseEndsTheWholeSession()
    {
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
        var admin = await app.SharedAdminClientAsync();
        var member = await new Society(admin).AddMember("Zoë O'Brien");
        var email = await app.CreateMemberAccountAsync(member);
        var before = await SignInAsync(app, email);

        var token = (await (await admin.PostAsync($"/api/members/{member}/invitation", null))
            .ReadAs<InvitationResponse>(HttpStatusCode.OK)).Token;
        var accepted = await app.CreateClient().PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "A-New-Password-1" });
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, before));
        Assert.Null(await RefreshAsync(app, before.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, await SignInAsync(app, email, "A-New-Password-1")));
    }

    [Fact]
    public async Task ALockoutEndsTheAccountsSessions()
    {
        var email = await AnAccountAsync();
        var session = await SignInAsync(app, email);

        for (var i = 0; i < 5; i++)
        {
            await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-{i}" });
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, session));
        Assert.Null(await RefreshAsync(app, session.RefreshToken));
    }

    [Theory]
    [InlineData("password change")]
    [InlineData("admin disable")]
    public async Task AnAccountChangeMadeOutsideTheApiEndsItsSessions(string change)
    {
        var email = await AnAccountAsync();
        var session = await SignInAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, session));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var result = change == "password change"
                ? await users.ChangePasswordAsync(user, CpdTrackerApplication.Password, "Another-Password-1")
                : await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            Assert.True(result.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, session));
        Assert.Null(await RefreshAsync(app, session.RefreshToken));
    }

    private async Task<string> AnAccountAsync() =>
        await app.CreateMemberAccountAsync(
            await new Society(await app.SharedAdminClientAsync()).AddMember("Account holder"));

    private static async Task<Session> SignInAsync(
        CpdTrackerApplication app, string email, string password = CpdTrackerApplication.Password) =>
        await (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password }))
            .ReadAs<Session>(HttpStatusCode.OK);

    private static async Task<Session?> RefreshAsync(CpdTrackerApplication app, string refreshToken)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        return response.StatusCode == HttpStatusCode.Unauthorized
            ? null
            : await response.ReadAs<Session>(HttpStatusCode.OK);
    }

    private static async Task<HttpStatusCode> MeAsync(CpdTrackerApplication app, Session session)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", session.AccessToken);
        return (await client.GetAsync("/api/me")).StatusCode;
    }
}
