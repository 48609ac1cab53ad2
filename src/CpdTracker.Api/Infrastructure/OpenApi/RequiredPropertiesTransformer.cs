using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CpdTracker.Api.Infrastructure.OpenApi;

/// <summary>In a request, a field is required when the server refuses the request without it: it is not nullable and
/// has no default, or the type's validator refuses an instance with every field absent and names it. The generator
/// would otherwise require every constructor parameter without a default, nullable ones too, and a client would have to
/// send them.</summary>
public sealed class RequiredPropertiesTransformer : IOpenApiSchemaTransformer
{
    private readonly ConcurrentDictionary<Type, Task<HashSet<string>>> _refusedWhenAbsent = new();

    public async Task TransformAsync(
        OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // Responses keep the generator's answer: there a nullable property is always present, as null.
        var type = context.JsonTypeInfo;
        if (context.ParameterDescription is null || type.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
        {
            return;
        }

        var refused = await _refusedWhenAbsent.GetOrAdd(
            type.Type, t => RefusedWhenAbsentAsync(t, context.ApplicationServices));
        var required = type.Properties
            .Where(p => p.IsRequired || p.AssociatedParameter is { HasDefaultValue: false, IsNullable: false }
                || refused.Contains(p.Name))
            .Select(p => p.Name).Where(schema.Properties.ContainsKey).ToHashSet();
        schema.Required = required.Count > 0 ? required : null;
    }

    private static async Task<HashSet<string>> RefusedWhenAbsentAsync(Type type, IServiceProvider services)
    {
        if (services.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
        {
            return [];
        }

        try
        {
            // Error keys are the JSON names (ValidatorOptions.Global.PropertyNameResolver in AddCpdApi).
            var result = await validator.ValidateAsync(
                new ValidationContext<object>(RuntimeHelpers.GetUninitializedObject(type)));
            return result.Errors.Select(e => e.PropertyName).ToHashSet();
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException)
        {
            // A rule that reads a field (or a Nullable's Value) without checking it: the fields are left to
            // their types.
            return [];
        }
    }
}
