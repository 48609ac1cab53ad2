using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CpdTracker.Api.Infrastructure.OpenApi;

/// <summary>The refusals the typed results, the rate limits and the request binding give, which no result
/// metadata declares.</summary>
public sealed class RefusalResponsesTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var results = ResultTypes(metadata.OfType<MethodInfo>().FirstOrDefault()?.ReturnType);
        if (context.Description.ParameterDescriptions.Any(CanBeUnreadable))
        {
            ProblemResponses.Declare(operation, StatusCodes.Status400BadRequest,
                "The request could not be read: a body or parameter of the wrong shape.");
        }

        if (results.Contains(typeof(UnauthorizedHttpResult)))
        {
            ProblemResponses.Declare(
                operation, StatusCodes.Status401Unauthorized, "The token is unknown, expired or revoked.");
        }

        // A ProblemHttpResult is one of the app's 409s (Conflicts), unless the handler names the status it answers
        // with instead.
        if (results.Contains(typeof(ProblemHttpResult))
            && !metadata.OfType<ProducesResponseTypeAttribute>().Any(p => p.StatusCode >= 400))
        {
            ProblemResponses.Declare(operation, StatusCodes.Status409Conflict,
                "Conflict: the resource's state does not allow this now; nothing changed.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any()
            && !metadata.OfType<DisableRateLimitingAttribute>().Any())
        {
            var limited = ProblemResponses.Declare(operation, StatusCodes.Status429TooManyRequests,
                "Too many requests; try again after Retry-After seconds.");
            limited.Headers ??= new Dictionary<string, IOpenApiHeader>();
            limited.Headers["Retry-After"] = new OpenApiHeader
            {
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
            };
        }

        await ProblemResponses.DescribeAsync(operation, context, cancellationToken);
    }

    /// <summary>A body, or a query or header value that is not text, can fail to bind: CpdExceptionHandler answers 400
    /// naming it.</summary>
    private static bool CanBeUnreadable(ApiParameterDescription p) =>
        p.Source == BindingSource.Body
            || (p.Source == BindingSource.Query || p.Source == BindingSource.Header) && p.Type != typeof(string);

    /// <summary>The results a handler can return: the members of a Results&lt;…&gt; union, or the one
    /// result type.</summary>
    private static Type[] ResultTypes(Type? returned)
    {
        if (returned is { IsGenericType: true }
            && (returned.GetGenericTypeDefinition() == typeof(Task<>)
                || returned.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            returned = returned.GetGenericArguments()[0];
        }

        return returned is null ? []
            : returned.IsGenericType
                && returned.GetGenericTypeDefinition().Name.StartsWith("Results`", StringComparison.Ordinal)
                ? returned.GetGenericArguments()
            : [returned];
    }
}
