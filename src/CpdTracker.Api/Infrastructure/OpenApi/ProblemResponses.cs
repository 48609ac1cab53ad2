using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CpdTracker.Api.Infrastructure.OpenApi;

/// <summary>Every 4xx the app sends is problem details (AddProblemDetails and UseStatusCodePages fill even the
/// bodiless ones).</summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    /// <summary>Adds the response unless the endpoint already declares that status; its body is filled in by
    /// <see cref="DescribeAsync"/>.</summary>
    public static OpenApiResponse Declare(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses.TryGetValue(key, out var existing) && existing is OpenApiResponse response)
        {
            return response;
        }

        response = new OpenApiResponse { Description = description };
        operation.Responses[key] = response;
        return response;
    }

    /// <summary>Gives each 4xx without a body the problem details it really carries: field errors for a 400, plain
    /// problem details otherwise.</summary>
    public static async Task DescribeAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.StartsWith('4') && response is OpenApiResponse { Content: null or { Count: 0 } } bodiless)
            {
                var type = status == "400" ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
                bodiless.Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ContentType] = new() { Schema = await ReferenceAsync(type, context, cancellationToken) },
                };
            }
        }
    }

    private static async Task<IOpenApiSchema> ReferenceAsync(
        Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        }

        return new OpenApiSchemaReference(type.Name, document);
    }
}
