using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CpdTracker.Api.Infrastructure.OpenApi;

/// <summary>The one way to sign in to the API, so the reference UI's "Authorize" takes a token from the
/// login endpoint.</summary>
public sealed class BearerSchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeId = "Bearer";

    public Task TransformAsync(
        OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent(SchemeId, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken that POST /api/auth/login returns " +
                "(valid 15 minutes; POST /api/auth/refresh gives a new one).",
        });
        return Task.CompletedTask;
    }
}
