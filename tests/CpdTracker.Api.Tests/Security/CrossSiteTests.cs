using System.Text;
using System.Text.RegularExpressions;
using CpdTracker.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

public sealed partial class CrossSiteTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    private static readonly string[] StateChanging = ["POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public async Task NoStateChangingRouteActsOnACookieSentFromAnotherSite()
    {
        await new Society(await app.SharedAdminClientAsync()).AddMember("Someone");
        var cookie = await app.ApplicationCookieAsync(CpdTrackerApplication.AdminEmail);
        var client = app.CreateClient();

        // The cookie is good: the dashboard, a page-like route, answers it.
        Assert.Equal(HttpStatusCode.OK,
            (await client.SendAsync(CrossSite(HttpMethod.Get, "/hangfire", cookie))).StatusCode);

        var failures = new List<string>();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<AccessMetadata>().LastOrDefault()?.Access != Access.Anonymous)
            .ToList();
        var tried = 0;
        foreach (var endpoint in endpoints)
        {
            // A route with no method metadata answers every method.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? StateChanging;
            foreach (var method in methods.Intersect(StateChanging))
            {
                var url = Sample(endpoint.RoutePattern.RawText!);
                var status = (int)(await client.SendAsync(CrossSite(new HttpMethod(method), url, cookie))).StatusCode;
                tried++;
                // A web page's form refuses a post without its antiforgery token (400) and acts on nothing; the page
                // tests cover them.
                var page = endpoint.Metadata.GetMetadata<CpdTracker.Api.Components.PageEndpointMetadata>() is not null;
                if (status is not (401 or 403) && !(page && status is >= 400 and < 500))
                {
                    failures.Add($"{method} {url} with only a cookie gave {status}");
                }
            }
        }

        Assert.True(tried > 10, $"only {tried} state-changing routes found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task TheDashboardRefusesACrossSitePostThatCarriesTheAdministratorsCookie()
    {
        var cookie = await app.ApplicationCookieAsync(CpdTrackerApplication.AdminEmail);
        var request = CrossSite(HttpMethod.Post, "/hangfire/recurring/trigger", cookie);
        request.Content = new FormUrlEncodedContent([new("jobs[]", "annual-summaries")]);

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SigningInWithUseCookiesGivesNoCookie()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login?useCookies=true",
            new { email = CpdTrackerApplication.AdminEmail, password = CpdTrackerApplication.Password });

        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var set), string.Join("; ", set ?? []));
        Assert.False(string.IsNullOrEmpty((await response
            .ReadAs<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>(HttpStatusCode.OK))
            .AccessToken));
    }

    private static HttpRequestMessage CrossSite(HttpMethod method, string url, string cookie)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        if (method != HttpMethod.Get)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>Route values that exist once a member exists; a refused call never gets as far as using them.</summary>
    private static string Sample(string pattern) => RouteValue().Replace(pattern, m => m.Groups[1].Value switch
    {
        "path" => "recurring/trigger",
        "code" => "NMBA",
        "college" => "RACGP",
        "year" => "2026",
        "documentName" => "v1",
        _ => "1",
    });

    [GeneratedRegex(@"\{\**(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteValue();
}
