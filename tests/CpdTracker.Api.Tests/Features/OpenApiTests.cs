using System.Reflection;
using System.Text.RegularExpressions;
using CpdTracker.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Features;

/// <summary>The OpenAPI document is a contract a client generator and the reference UI rely on, so it says what the
/// app does.</summary>
public sealed partial class OpenApiTests(OpenApiTests.Document api) : IClassFixture<OpenApiTests.Document>
{
    /// <summary>The application and its OpenAPI document, read once for the class.</summary>
    public sealed class Document : IAsyncLifetime
    {
        public CpdTrackerApplication App { get; } = new();

        public JsonNode Json { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Json = await (await App.CreateClient().GetAsync("/openapi/v1.json")).ReadJson(HttpStatusCode.OK);

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task EveryOperationHasASummaryAndDeclaresTheRefusalsItsAccessAndValidationGive()
    {
        var endpoints = api.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (key: $"{m} {Normalise(e.RoutePattern.RawText!)}", e)))
            .DistinctBy(x => x.key).ToDictionary(x => x.key, x => x.e);
        var validators = api.App.Services.GetRequiredService<IServiceProviderIsService>();
        var failures = new List<string>();
        var operations = Operations().ToList();
        Assert.True(operations.Count > 40, $"only {operations.Count} operations in the document");
        foreach (var (name, operation) in operations)
        {
            var endpoint = endpoints[name];
            var access = endpoint.Metadata.GetOrderedMetadata<AccessMetadata>().Last().Access;
            var responses = operation["responses"]!.AsObject();
            var secured = operation["security"]?.AsArray().Any(r => r!.AsObject().ContainsKey("Bearer")) == true;
            Check(!string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{name} has no summary");
            Check(responses.Any(r => r.Key[0] == '2'), $"{name} declares no success response");
            Check(secured == (access != Access.Anonymous), $"{name} ({access}) bearer requirement: {secured}");
            Check(access == Access.Anonymous || responses.ContainsKey("401"), $"{name} ({access}) declares no 401");
            Check(access is not (Access.Admin or Access.GroupLeader) || responses.ContainsKey("403"),
                $"{name} ({access}) declares no 403");
            Check(access is not Access.Self || responses.ContainsKey("404"), $"{name} ({access}) declares no 404");
            Check(!Validated(endpoint, validators) || responses.ContainsKey("400"),
                $"{name} is validated but declares no 400");
            foreach (var (status, response) in responses.Where(r => r.Key[0] == '4'))
            {
                var types = response!["content"]?.AsObject().Select(c => c.Key).ToList() ?? [];
                Check(types is ["application/problem+json"],
                    $"{name} {status} is [{string.Join(", ", types)}], not problem details");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        void Check(bool ok, string failure)
        {
            if (!ok)
            {
                failures.Add(failure);
            }
        }
    }

    [Fact]
    public void TheBearerSchemeLetsTheReferenceUiSignInWithATokenFromLogin()
    {
        var scheme = api.Json["components"]?["securitySchemes"]?["Bearer"];

        Assert.Equal("http", scheme?["type"]?.GetValue<string>());
        Assert.Equal("bearer", scheme?["scheme"]?.GetValue<string>());
        Assert.Null(api.Json["paths"]!["/api/auth/login"]!["post"]!["security"]);
    }

    [Fact]
    public void OnlyWhatTheServerRefusesWithoutIsRequired()
    {
        Assert.Equal(["country", "email", "fullName", "profession"], Required("MemberRequest"));
        Assert.Empty(Required("CollegeMembershipRequest"));
        Assert.Equal(["durationMinutes", "mode", "startsAtLocal"], Required("ScheduleMeetingRequest"));
        Assert.Equal(["entries"], Required("SaveRegisterRequest"));
        Assert.Equal(["memberId"], Required("RegisterEntryRequest"));
        Assert.Contains("timeZone", Required("MemberResponse"));
    }

    [Fact]
    public void ConflictsRateLimitsAndFailedSignInsAreDeclared()
    {
        var paths = api.Json["paths"]!;
        Assert.NotNull(paths["/api/meetings/{id}/attendance"]!["put"]!["responses"]!["409"]);
        Assert.NotNull(paths["/api/members/{id}"]!["put"]!["responses"]!["409"]);
        var login = paths["/api/auth/login"]!["post"]!["responses"]!.AsObject();
        Assert.Equal(["200", "400", "401", "429"], login.Select(r => r.Key).Order().ToArray());
        Assert.NotNull(paths["/api/members/{id}/cpd/interim.pdf"]!["get"]!["responses"]!["429"]);
        Assert.Null(paths["/api/members/{id}"]!["get"]!["responses"]!["409"]);
    }

    private IEnumerable<(string Name, JsonNode Operation)> Operations() =>
        api.Json["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", o.Value!)));

    private string[] Required(string schema) =>
        (api.Json["components"]!["schemas"]![schema]!["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
            .Order().ToArray();

    /// <summary>A handler argument with a registered validator, or a date (held to bounds), is checked before the
    /// handler runs.</summary>
    private static bool Validated(RouteEndpoint endpoint, IServiceProviderIsService services) =>
        endpoint.Metadata.GetMetadata<MethodInfo>()!.GetParameters().Any(p =>
            services.IsService(typeof(FluentValidation.IValidator<>).MakeGenericType(p.ParameterType))
            || p.ParameterType == typeof(DateOnly) || p.ParameterType == typeof(DateOnly?));

    private static string Normalise(string pattern) => ConstraintPattern().Replace(pattern, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{\**(\w+)(:[^}]*)?\}")]
    private static partial Regex ConstraintPattern();
}
