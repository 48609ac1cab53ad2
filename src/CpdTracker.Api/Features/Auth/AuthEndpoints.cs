using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Auth;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").WithRequestValidation().RequireRateLimiting(RateLimitOptions.AuthPolicy);
        auth.MapPost("/login", Login).WithName(nameof(Login)).WithAccess(Access.Anonymous);
        auth.MapPost("/refresh", Refresh).WithName(nameof(Refresh)).WithAccess(Access.Anonymous);
        auth.MapPost("/accept-invitation", AcceptInvitation).WithName(nameof(AcceptInvitation)).WithAccess(Access.Anonymous);
        app.MapGet("/api/me", Me).WithTags("Auth").WithName(nameof(Me)).WithAccess(Access.SignedIn);
        return auth;
    }

    /// <summary>Signs in with the bearer scheme: the response body is {tokenType, accessToken, expiresIn, refreshToken};
    /// with ?useCookies=true a browser gets the application cookie instead (for the /hangfire dashboard and a web front end).</summary>
    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest request, bool? useCookies, PasswordSignIn signIn)
    {
        var failure = await signIn.SignInAsync(request.Email!, request.Password!, useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme);
        return failure is null ? TypedResults.Empty : TypedResults.Problem(failure, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
    }

    public static async Task<Results<NoContent, ValidationProblem>> AcceptInvitation(AcceptInvitationRequest request, InvitationService invitations, CancellationToken ct) =>
        await invitations.AcceptAsync(request.Token!, request.Password!, ct) is { Count: > 0 } errors ? TypedResults.ValidationProblem(errors) : TypedResults.NoContent();

    public static async Task<Results<SignInHttpResult, UnauthorizedHttpResult>> Refresh(
        RefreshRequest request, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    public static async Task<Ok<MeResponse>> Me(CurrentUser me, UserManager<AppUser> users, CpdDbContext db, HttpContext http, CancellationToken ct)
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

        var name = me.MemberId is { } id ? await db.Members.Where(m => m.Id == id).Select(m => m.FullName).FirstOrDefaultAsync(ct) : null;
        return TypedResults.Ok(new MeResponse(user?.Email ?? me.Name, me.MemberId, name, roles, led));
    }
}
