using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CpdTracker.Api.Infrastructure.OpenApi;

/// <summary>Runs last: a summary wrapped over several comment lines reads as one line, and responses are listed
/// by status.</summary>
public sealed partial class TidyOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Summary = operation.Summary is { } summary ? Whitespace().Replace(summary.Trim(), " ") : null;
        if (operation.Responses is { Count: > 1 } responses)
        {
            var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
            responses.Clear();
            foreach (var (status, response) in ordered)
            {
                responses[status] = response;
            }
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
