using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>The Identity application cookie a browser holds after the web pages' sign-in, made without a
/// browser.</summary>
public static class Cookies
{
    public static async Task<string> ApplicationCookieAsync(this CpdTrackerApplication app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}.");
        var principal = await scope.ServiceProvider
            .GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>()
            .CreateAsync(user);
        var options = scope.ServiceProvider
            .GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var now = app.Clock.GetUtcNow();
        var ticket = new AuthenticationTicket(
            principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) },
            IdentityConstants.ApplicationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }
}
