using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Auth;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").WithRequestValidation()
            .RequireRateLimiting(RateLimitOptions.AuthPolicy);
        auth.MapPost("/login", Login).WithName(nameof(Login)).WithAccess(Access.Anonymous);
        auth.MapPost("/refresh", Refresh).WithName(nameof(Refresh)).WithAccess(Access.Anonymous);
        auth.MapPost("/accept-invitation", AcceptInvitation).WithName(nameof(AcceptInvitation))
            .WithAccess(Access.Anonymous);
        app.MapGet("/api/me", Me).WithTags("Auth").WithName(nameof(Me)).WithAccess(Access.SignedIn);
        return auth;
    }

    /// <summary>What every refused sign-in reads, on the API and the sign-in page: an unknown email, a wrong password
    /// and a locked account look alike.</summary>
    public const string SignInRefusal =
        "The email or password is not right, or the account is locked for 15 minutes after five wrong passwords.";

    /// <summary>Signs in for bearer tokens only: {tokenType, accessToken, expiresIn (900 s), refreshToken}. An unknown
    /// email, a wrong password and a locked account get the same answer after the same password-hash work.</summary>
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(
        LoginRequest request, CpdSignInManager signIn, SignInSessions sessions, CancellationToken ct) =>
        await signIn.CheckEmailPasswordAsync(request.Email!.Trim(), request.Password!) is { } user
            ? TypedResults.SignIn(
                await sessions.StartAsync(user, ct), authenticationScheme: IdentityConstants.BearerScheme)
            : TypedResults.Problem(
                SignInRefusal, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");

    /// <summary>Sets the invited member's password with the one-time token (creating their account if they
    /// have none).</summary>
    public static async Task<Results<NoContent, ValidationProblem>> AcceptInvitation(
        AcceptInvitationRequest request, InvitationService invitations, CancellationToken ct) =>
        await invitations.AcceptAsync(request.Token!, request.Password!, ct) is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.NoContent();

    /// <summary>Gives a new pair of tokens for the session's newest refresh token; an older one revokes
    /// the session.</summary>
    [ProducesResponseType<AccessTokenResponse>(StatusCodes.Status200OK)]
    public static async Task<Results<SignInHttpResult, UnauthorizedHttpResult>> Refresh(
        RefreshRequest request, SignInManager<AppUser> signIn, SignInSessions sessions,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, CancellationToken ct)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user)
            || await sessions.RotateAsync(user, ticket.Principal, ct) is not { } principal)
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>Says who the caller is: email, member id and name, roles and the groups they lead.</summary>
    public static async Task<Ok<MeResponse>> Me(
        CurrentUser me, UserManager<AppUser> users, CpdDbContext db, HttpContext http, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        var roles = user is null ? [] : (await users.GetRolesAsync(user)).ToList();
        var led = await me.GroupsLedAsync(ct);
        if (me.MemberId is not null)
        {
            roles.Add("Member");
        }

        if (led.Count > 0)
        {
            roles.Add("Leader");
        }

        var name = me.MemberId is { } id
            ? await db.Members.Where(m => m.Id == id).Select(m => m.FullName).FirstOrDefaultAsync(ct)
            : null;
        return TypedResults.Ok(new MeResponse(user?.Email ?? me.Name, me.MemberId, name, roles, led));
    }
}
