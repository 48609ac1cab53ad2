using System.Text.Json;

namespace CpdTracker.Api.Features.Certificates;

public sealed record VerificationResponse(
    string Code, string Status, string Number, DocumentKind Kind, string Holder, string Title, DateOnly IssueDate,
    string? SupersededBy, string Sha256, bool? FileMatches, JsonElement Shows);

public static class VerifyEndpoints
{
    public static IEndpointRouteBuilder MapVerifyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/verify/{code}", Verify).WithTags("Verify").WithName(nameof(Verify))
            .WithAccess(Access.Anonymous).RequireRateLimiting(RateLimitOptions.VerifyPolicy);
        return app;
    }

    /// <summary>Anyone holding a certificate checks it by code; with ?sha256= the file in hand is compared with the one issued,
    /// so an edited PDF is never reported as the valid one.</summary>
    public static async Task<Results<Ok<VerificationResponse>, NotFound>> Verify(string code, string? sha256, CpdDbContext db, CancellationToken ct)
    {
        // Codes use Crockford's alphabet: a hand-typed O, I or L means 0, 1 and 1.
        var normalised = code.Trim().ToUpperInvariant().Replace('O', '0').Replace('I', '1').Replace('L', '1');
        var found = await db.IssuedDocuments.AsNoTracking().Where(d => d.VerificationCode == normalised)
            .Join(db.Members, d => d.MemberId, m => m.Id, (d, m) => new { d.Number, d.Kind, d.Title, d.IssueDate, d.Status, d.SupersededByNumber, d.Sha256, d.DataJson, m.FullName })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        bool? matches = sha256 is null ? null : string.Equals(sha256.Trim(), found.Sha256, StringComparison.OrdinalIgnoreCase);
        var status = matches == false ? "not-the-issued-file" : found.Status.ToString().ToLowerInvariant();
        return TypedResults.Ok(new VerificationResponse(normalised, status, found.Number, found.Kind, found.FullName, found.Title, found.IssueDate,
            found.SupersededByNumber, found.Sha256, matches, JsonDocument.Parse(found.DataJson).RootElement.Clone()));
    }
}
