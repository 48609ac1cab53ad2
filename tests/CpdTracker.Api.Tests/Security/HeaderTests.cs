using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Tests.Security;

public sealed class HeaderTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Theory]
    [InlineData("/api/me")]
    [InlineData("/hangfire")]
    [InlineData("/api/no-such-thing")]
    public async Task EveryResponseCarriesTheHeadersOfACarefulSite(string path)
    {
        var response = await (await app.SharedAdminClientAsync()).GetAsync(path);

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task ApiAnswersAreNeverStoredButPublicVerificationMayBe()
    {
        var client = app.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login",
            new { email = CpdTrackerApplication.AdminEmail, password = CpdTrackerApplication.Password });
        var verify = await client.GetAsync("/api/verify/NO-SUCH-CODE");

        Assert.True(login.Headers.CacheControl?.NoStore, $"login: {login.Headers.CacheControl}");
        Assert.NotEqual(true, verify.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task HstsIsSentOverHttpsOutsideDevelopment()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://cpd.example.org"),
        });

        var response = await client.GetAsync("/health");

        Assert.StartsWith("max-age=", Single(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task KestrelDoesNotAnnounceItself()
    {
        _ = app.Server;

        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Theory]
    [InlineData("POST", "/api/members",
        "{\"fullName\":\"A\",\"email\":\"a@example.org\",\"profession\":\"Dentist\",\"country\":\"AU\"}",
        "profession", "Psychiatrist")]
    [InlineData("POST", "/api/members",
        "{\"fullName\":12,\"email\":\"a@example.org\",\"profession\":\"GP\",\"country\":\"AU\"}", "fullName", "text")]
    [InlineData("POST", "/api/members",
        "{\"fullName\":\"A\",\"email\":\"a@example.org\",\"profession\":\"GP\",\"country\":\"AU\"," +
        "\"collegeMemberships\":[{\"college\":\"RACGP\",\"cycleStart\":\"2026-02-30\"}]}",
        "collegeMemberships[0].cycleStart", "date")]
    [InlineData("POST", "/api/members",
        "{\"fullName\":\"A\",\"fullName\":\"B\",\"email\":\"a@example.org\",\"profession\":\"GP\",\"country\":\"AU\"}",
        "fullName", "more than once")]
    [InlineData("POST", "/api/members", "{\"fullName\": \"x\", ", "body", "JSON")]
    [InlineData("GET", "/api/members/1/cpd?college=RACGP&date=2026-02-30", null, "date", "date")]
    [InlineData("GET", "/api/members/1/cpd?college=RACGP&year=twenty", null, "year", "whole number")]
    public async Task ABodyOrQueryThatCannotBeReadIsNamedWithoutDotNetTypeNames(
        string method, string url, string? body, string field, string hint)
    {
        var admin = await app.SharedAdminClientAsync();
        await new Society(admin).AddMember("Someone");
        var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await admin.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains(hint, await response.ProblemFor(field));
        foreach (var leak in new[] { "System.", "CpdTracker.", "Nullable", "DateOnly", "Int32", "`1" })
        {
            Assert.DoesNotContain(leak, text);
        }
    }

    private static string Single(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException(
                $"{name} is missing from {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
