namespace CpdTracker.Api.Features.Certificates;

public sealed record VerificationResponse(
    string Code, string Status, string Number, DocumentKind Kind, string Holder, string Title, DateOnly IssueDate,
    string? SupersededBy, string Sha256, bool? FileMatches, VerifiedContent Shows);

public static class VerifyEndpoints
{
    public static IEndpointRouteBuilder MapVerifyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/verify/{code}", Verify).WithTags("Verify").WithName(nameof(Verify))
            .WithAccess(Access.Anonymous).RequireRateLimiting(RateLimitOptions.VerifyPolicy);
        return app;
    }

    /// <summary>Anyone holding a certificate checks it by code; with ?sha256= the file in hand is compared with the one
    /// issued, so an edited PDF is never reported as the valid one.</summary>
    public static async Task<Results<Ok<VerificationResponse>, NotFound>> Verify(
        string code, string? sha256, CertificateVerification verification, CancellationToken ct) =>
        await verification.FindAsync(code, sha256, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
