namespace CpdTracker.Api.Infrastructure.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>The document at /openapi/v1.json: handlers' XML summaries (the package's source generator), the bearer
    /// scheme, the refusals each endpoint can answer with, and required fields that are really required.</summary>
    public static IServiceCollection AddCpdOpenApi(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer<BearerSchemeTransformer>();
        options.AddOperationTransformer<AccessResponsesTransformer>();
        options.AddOperationTransformer<RefusalResponsesTransformer>();
        options.AddOperationTransformer<TidyOperationTransformer>();
        options.AddSchemaTransformer<RequiredPropertiesTransformer>();
    });
}
