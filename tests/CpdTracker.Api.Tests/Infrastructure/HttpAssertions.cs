using System.Text.Json.Serialization;

namespace CpdTracker.Api.Tests.Infrastructure;

public static class HttpAssertions
{
    /// <summary>As the API writes JSON (enums by name), read strictly: a missing field, or null where the type says
    /// there is none, fails the read instead of becoming a default.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Asserts the status, then reads the body as the API's response type.</summary>
    public static async Task<T> ReadAs<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json) ?? throw new JsonException("the body is null");
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"Could not read a {typeof(T).Name} ({e.Message}) from: {body}");
        }
    }

    /// <summary>Asserts a 400 validation problem that names the field, and returns its messages.</summary>
    public static async Task<string> ProblemFor(this HttpResponseMessage response, string field)
    {
        var problem = await response.ReadJson(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"Expected an error for '{field}' but got: {errors.ToJsonString()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return string.Join(" ", errors[field]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}
