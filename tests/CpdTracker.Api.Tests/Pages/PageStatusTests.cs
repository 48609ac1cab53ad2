using CpdTracker.Api.Components;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ComponentTypeMetadata = Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata;

namespace CpdTracker.Api.Tests.Pages;

public sealed class PageStatusTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task EveryMemberPageSendsASignedOutVisitorToSignInAndEveryOtherPageOpens()
    {
        var browser = PageClient.Anonymous(app);
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageEndpointMetadata>() is not null
                && e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .ToList();
        Assert.True(pages.Count >= 8, $"only {pages.Count} pages");

        foreach (var page in pages)
        {
            var url = "/" + page.RoutePattern.RawText!.TrimStart('/')
                .Replace("{Code:int}", "404")
                .Replace("{Code}", "NOPE")
                .Replace("{Token}", "no-such-token")
                .Replace("{GroupId:int}", "1")
                .Replace("{MeetingId:int}", "1");
            // Any other id (the administration pages') is a number or a code; AdminPageAccessTests opens them on
            // real rows.
            url = System.Text.RegularExpressions.Regex.Replace(url, "{[^}]*:int}", "1").Replace("{Code}", "NMBA");
            var response = await browser.Http.GetAsync(url);
            if (page.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} gave {(int)response.StatusCode}");
                Assert.Equal($"/signin?ReturnUrl={Uri.EscapeDataString(url)}", PageClient.Target(response));
            }
            else
            {
                Assert.True((int)response.StatusCode is 200 or 404, $"{url} gave {(int)response.StatusCode}");
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task AnUnknownPageIsAFriendly404AndTheApiKeepsProblemDetails()
    {
        var browser = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);

        var page = await browser.GetAsync("/no/such/page", HttpStatusCode.NotFound);
        var api = await (await app.CreateAdminClientAsync()).GetAsync("/api/members/999999");

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheJobDashboardAsksASignedOutVisitorToSignInAndOpensForAnAdministratorSignedInOnThePages()
    {
        var anonymous = await PageClient.Anonymous(app).GetAsync("/hangfire", HttpStatusCode.Unauthorized);
        var admin = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);

        Assert.Equal("/signin?ReturnUrl=%2Fhangfire", anonymous.QuerySelector("ul.links a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task AMemberOpeningTheAdministrationPageIsToldTheyCannot()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var member = await app.CreateMemberAccountAsync(await society.AddMember("Member"));
        var browser = await PageClient.SignedInAsync(app, member);

        var page = await browser.GetAsync("/admin", HttpStatusCode.Forbidden);

        Assert.Equal("You cannot open this page", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TheHomePageSendsEachPersonToWhatTheyDo()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var member = await society.AddMember("Member");
        await society.AddGroup(leader, [member]);

        var memberHome = await (await PageClient.SignedInAsync(app, await app.CreateMemberAccountAsync(member)))
            .Http.GetAsync("/");
        var leaderHome = await (await PageClient.SignedInAsync(app, await app.CreateMemberAccountAsync(leader)))
            .GetAsync("/");
        var adminHome = await (await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail))
            .Http.GetAsync("/");

        Assert.Equal("/my/cpd", PageClient.Target(memberHome));
        Assert.Equal(
            ["/groups", "/my/cpd", "/verify"],
            leaderHome.QuerySelectorAll("ul.choices a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/admin", PageClient.Target(adminHome));
    }
    [Fact]
    public async Task ALeadersHomePageOpensWithTheRegistersWaitingForThemOneTapAway()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var group = await society.AddGroup(leader, [await society.AddMember("Member")]);
        var waiting = await society.ScheduleMeeting(group, "2026-11-18T19:00");
        var locked = await society.ScheduleMeeting(group, "2026-11-04T19:00");
        await society.Lock(locked.Id);
        var ahead = await society.ScheduleMeeting(group, "2026-12-02T19:00");

        var home = await (await PageClient.SignedInAsync(app, await app.CreateMemberAccountAsync(leader)))
            .GetAsync("/");

        Assert.Equal("Registers to mark", home.QuerySelector("h1")!.TextContent);
        var first = home.QuerySelector("ul.choices a")!;
        Assert.Equal($"/meetings/{waiting.Id}", first.GetAttribute("href"));
        Assert.Contains("Wednesday 18 November 2026", first.TextContent);
        var links = home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain($"/meetings/{locked.Id}", links);
        Assert.DoesNotContain($"/meetings/{ahead.Id}", links);
    }
}
