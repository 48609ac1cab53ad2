using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>The API's scheme: Identity's bearer token, and then the session it belongs to must still be
/// current.</summary>
public sealed class SessionBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SignInSessions sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Cpd.Session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var bearer = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!bearer.Succeeded)
        {
            return bearer;
        }

        return await sessions.IsCurrentAsync(bearer.Principal, Context.RequestAborted)
            ? AuthenticateResult.Success(new AuthenticationTicket(bearer.Principal, bearer.Properties, Scheme.Name))
            : AuthenticateResult.Fail("The session has ended; sign in again.");
    }
}
