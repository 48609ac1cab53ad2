namespace CpdTracker.Api.Features.Auth;

public static class PasswordResetEndpoints
{
    public static RouteGroupBuilder MapPasswordResetEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth").WithRequestValidation()
            .RequireRateLimiting(RateLimitOptions.AuthPolicy);
        auth.MapPost("/forgot-password", ForgotPassword).WithName(nameof(ForgotPassword)).WithAccess(Access.Anonymous);
        auth.MapPost("/reset-password", ResetPassword).WithName(nameof(ResetPassword)).WithAccess(Access.Anonymous);
        return auth;
    }

    /// <summary>202 with the same words whether or not the email has an account; the lookup and the message happen in a
    /// job, so the answer takes the same time too.</summary>
    public static Accepted<ForgotPasswordResponse> ForgotPassword(ForgotPasswordRequest request, PasswordResets resets)
    {
        resets.Queue(request.Email!);
        return TypedResults.Accepted((string?)null, new ForgotPasswordResponse(PasswordResets.OnItsWay));
    }

    /// <summary>Sets a new password with the token from the reset link; every session of the account ends.</summary>
    public static async Task<Results<NoContent, ValidationProblem>> ResetPassword(
        ResetPasswordRequest request, PasswordResets resets, CancellationToken ct) =>
        await resets.ResetAsync(request.Email!, request.Token!, request.NewPassword!, ct) is { Count: > 0 } errors
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.NoContent();
}
