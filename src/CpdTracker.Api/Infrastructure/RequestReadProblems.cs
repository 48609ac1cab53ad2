using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;

namespace CpdTracker.Api.Infrastructure;

/// <summary>A request that could not be read is answered with the field it names and what that field takes. Parser and
/// binder messages are never passed on: they name .NET types
/// ("could not be converted to System.Nullable`1[…]").</summary>
public static partial class RequestReadProblems
{
    /// <param name="endpoint">The endpoint that failed to read its request (the exception handler has cleared it from
    /// the context).</param>
    public static HttpValidationProblemDetails? From(BadHttpRequestException e, Endpoint? endpoint)
    {
        if (e.InnerException is JsonException json)
        {
            var (field, message) = Describe(json, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType);
            return Problem(field, message);
        }

        if (Parameter().Match(e.Message) is { Success: true } match)
        {
            var bound = match.Groups["name"].Value;
            var type = BoundType(endpoint?.Metadata.GetMetadata<MethodInfo>(), bound);
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(bound);
            return Problem(name, e.Message.StartsWith("Required", StringComparison.Ordinal)
                ? $"{name} is required."
                : $"{name} must be {Expected(type)}.");
        }

        return null;
    }

    // A handler's own parameter, or a property of an [AsParameters] query record.
    private static Type? BoundType(MethodInfo? handler, string name) =>
        handler?.GetParameters().Select(p => p.Name == name ? p.ParameterType
                : p.ParameterType.GetProperty(name) is { } property
                    && p.GetCustomAttribute<AsParametersAttribute>() is not null
                    ? property.PropertyType
                    : null)
            .FirstOrDefault(t => t is not null);

    /// <summary>The field (as the JSON spells it) and the reason, for a JSON document read as root.</summary>
    public static (string Field, string Message) Describe(JsonException e, Type? root)
    {
        if (e.Message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            var name = e.Path is { Length: > 1 } ? Field(e.Path) : Duplicate().Match(e.Message).Groups["name"].Value;
            return (name, $"{name} appears more than once.");
        }

        if (e.Message.Contains("could not be converted", StringComparison.Ordinal) && e.Path is { Length: > 1 } path)
        {
            var field = Field(path);
            return (field, $"{field} must be {Expected(TypeAt(root, path))}.");
        }

        return ("body", $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
    }

    private static HttpValidationProblemDetails Problem(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };

    private static string Field(string path) => path.TrimStart('$').TrimStart('.');

    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => "a value of another kind",
            { IsEnum: true } => $"one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(string) => "text",
            _ when type == typeof(DateOnly) => "a date like 2026-03-04",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) =>
                "a date and time like 2026-03-04T19:00",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a number",
            _ when type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "a list",
            _ => "an object",
        };
    }

    /// <summary>Follows "$.entries[0].status" through the request type's properties (names compared as the web
    /// defaults do).</summary>
    private static Type? TypeAt(Type? type, string path)
    {
        foreach (Match step in PathStep().Matches(path))
        {
            if (type is null)
            {
                return null;
            }

            type = step.Groups["index"].Success
                ? ElementType(type)
                : type.GetProperty(step.Groups["name"].Value,
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return type;
    }

    private static Type? ElementType(Type type) => type.IsArray
        ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    [GeneratedRegex(@"parameter ""(?<type>[^""]+) (?<name>[^""\s]+)""")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"\.(?<name>\w+)|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
