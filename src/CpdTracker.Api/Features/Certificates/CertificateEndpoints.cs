namespace CpdTracker.Api.Features.Certificates;

public sealed record CertificateSummary(
    int Id,
    DocumentKind Kind,
    string Number,
    string Title,
    DateOnly IssueDate,
    DocumentStatus Status,
    string? SupersededByNumber,
    string VerificationCode,
    string Sha256);

public sealed record RevokeRequest(string? Reason);

public sealed class RevokeRequestValidator : AbstractValidator<RevokeRequest>
{
    public RevokeRequestValidator() => RuleFor(r => r.Reason).NotEmpty().SingleLineText(500);
}

public static class CertificateEndpoints
{
    public static IEndpointRouteBuilder MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/members/{id:int}/certificates", ListCertificates)
            .WithTags("Certificates")
            .WithName(nameof(ListCertificates))
            .WithAccess(Access.Self, Resource.Member);
        app.MapPost("/api/certificates/{id:int}/revoke", RevokeCertificate)
            .WithTags("Certificates")
            .WithName(nameof(RevokeCertificate))
            .WithAccess(Access.Admin)
            .WithRequestValidation();
        app.MapGet("/api/certificates/{id:int}/pdf", DownloadCertificate)
            .WithTags("Certificates")
            .WithName(nameof(DownloadCertificate))
            .WithAccess(Access.Self, Resource.Document);
        return app;
    }

    /// <summary>Lists the documents (certificates and annual summaries) issued to a member, newest first.</summary>
    public static async Task<Ok<List<CertificateSummary>>> ListCertificates(
        int id, CpdDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.IssuedDocuments.AsNoTracking().Where(d => d.MemberId == id)
            .OrderByDescending(d => d.IssueDate).ThenByDescending(d => d.Id)
            .Select(d => new CertificateSummary(
                d.Id,
                d.Kind,
                d.Number,
                d.Title,
                d.IssueDate,
                d.Status,
                d.SupersededByNumber,
                d.VerificationCode,
                d.Sha256))
            .ToListAsync(ct));

    /// <summary>Withdraws a document (issued in error); it stays downloadable and verification says
    /// "revoked".</summary>
    public static async Task<Results<Ok<CertificateSummary>, NotFound, ProblemHttpResult>> RevokeCertificate(
        int id, RevokeRequest request, DocumentCorrections corrections, CancellationToken ct)
    {
        var revoked = await corrections.RevokeAsync(id, request.Reason!.Trim(), ct);
        return revoked.IsNotFound ? TypedResults.NotFound()
            : revoked.Conflict is { } conflict ? TypedResults.Problem(conflict)
            : TypedResults.Ok(revoked.Value!);
    }

    /// <summary>The frozen bytes, identical on every download; another member's document answers 404 (decided by the
    /// Self policy).</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadCertificate(
        int id, CpdDbContext db, CancellationToken ct)
    {
        var document = await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.MemberId, d.Number, d.Pdf, d.Sha256, d.IssuedAtUtc }).FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(document.Pdf, "application/pdf", $"{document.Number}.pdf",
            lastModified: DateTime.SpecifyKind(document.IssuedAtUtc, DateTimeKind.Utc),
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{document.Sha256}\""));
    }
}
