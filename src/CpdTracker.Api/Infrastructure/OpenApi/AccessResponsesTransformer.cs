using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CpdTracker.Api.Infrastructure.OpenApi;

/// <summary>What an endpoint's declared access (Access) means for a caller: the bearer token it needs and the refusals
/// it can get.</summary>
public sealed class AccessResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var access = context.Description.ActionDescriptor.EndpointMetadata.OfType<AccessMetadata>()
            .LastOrDefault()?.Access;
        if (access is null or Access.Anonymous)
        {
            return Task.CompletedTask;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerSchemeTransformer.SchemeId, context.Document)] = [],
            },
        ];
        ProblemResponses.Declare(
            operation, StatusCodes.Status401Unauthorized, "No bearer token, or one that has expired or was revoked.");
        if (access is Access.Self)
        {
            // Also when the handler's NotFound declared it: the caller cannot tell another member's from a missing one.
            ProblemResponses.Declare(operation, StatusCodes.Status404NotFound, "").Description =
                "Not found, or another member's (answered the same way).";
        }
        else if (access is Access.GroupLeader or Access.Admin)
        {
            ProblemResponses.Declare(operation, StatusCodes.Status403Forbidden,
                access is Access.Admin
                    ? "The caller is not an administrator."
                    : "The caller neither leads the group nor is an administrator.");
        }

        return Task.CompletedTask;
    }
}
