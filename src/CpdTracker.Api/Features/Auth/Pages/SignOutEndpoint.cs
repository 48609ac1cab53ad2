using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Auth.Pages;

public static class SignOutEndpoint
{
    public static IEndpointConventionBuilder MapSignOutEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/signout", SignOut).AllowAnonymous().ExcludeFromDescription();

    /// <summary>A form post carrying the antiforgery token, so another site cannot sign anyone out.</summary>
    public static async Task<Results<RedirectHttpResult, BadRequest>> SignOut(
        HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }

        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/signin?signedout=true");
    }
}
