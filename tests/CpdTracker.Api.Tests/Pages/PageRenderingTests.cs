using CpdTracker.Api.Data;
using CpdTracker.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>Blazor renders a page once at the first await of its OnInitializedAsync that does not complete at once,
/// with only the fields set so far. On SQLite no query waits; on PostgreSQL any one may (an administration page
/// answered 500 now and then there, rendering a form whose model was not yet set). Each page is rendered here with its
/// first, second, … query made to wait (<see cref="YieldingCommands"/>), as each reader would open it.</summary>
[Collection(DemoSocietyCollection.Name)]
public sealed class PageRenderingTests(DemoSociety demo)
{
    [Fact]
    public async Task EveryPageRendersWhicheverOfItsQueriesIsTheFirstToWait()
    {
        var app = demo.App;
        var samples = await AdminPages.DemoSamplesAsync(app);
        var (open, locked, code) = await LeadersRecordsAsync(app, samples["leader"]);
        var admin = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);
        var leader = await PageClient.SignedInAsync(app, await demo.AccountAsync(samples["leader"]));
        var member = await PageClient.SignedInAsync(app, await demo.AccountAsync(samples["member"]));
        var anonymous = PageClient.Anonymous(app);
        var pages = AdminPages.Routes().Select(r => (admin, AdminPages.Fill(r, samples)))
            .Concat(new[]
            {
                (admin, "/admin/members?q=marsh"), (admin, "/admin/reports?college=RACGP&year=2026"),
                (admin, "/admin/rules/RACGP-2023/compare?from=1&to=1"), (admin, "/admin/documents?q=a"),
                (admin, $"/admin/registers?group={samples["group"]}"), (admin, "/admin/outbox?status=Sent"),
                (admin, "/"), (leader, "/"), (leader, "/groups"), (leader, $"/groups/{samples["group"]}"),
                (leader, $"/meetings/{open}"), (leader, $"/meetings/{open}/lock"), (leader, $"/meetings/{locked}"),
                (member, "/"), (member, "/my/cpd"), (anonymous, "/signin"), (anonymous, "/verify"),
                (anonymous, $"/verify/{code}"), (anonymous, "/forgot-password"), (anonymous, "/error/404"),
                (anonymous, "/invitation/not-a-token"), (anonymous, "/reset-password?email=a%40b.example&token=x"),
                (leader, "/my/cpd"),
            })
            .ToList();

        var commands = app.Services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()
            .OfType<YieldingCommands>().Single();
        var failures = new List<string>();
        var renders = 0;
        foreach (var (client, url) in pages)
        {
            // First counted, none waiting; then once with each of its queries the first to wait.
            commands.Reset();
            await GetAsync(client, url, due: 0);
            var queries = commands.Most;
            for (var due = 1; due <= queries; due++, renders++)
            {
                if (await GetAsync(client, url, due) is var status && status >= 500)
                {
                    failures.Add($"{url} with query {due} of {queries} waiting: {status}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Concat(app.Errors.Entries.Take(3))));
        Assert.True(renders > pages.Count, $"{renders} renders of {pages.Count} pages");
    }

    private static async Task<int> GetAsync(PageClient client, string url, int due)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(YieldingCommands.Header, due.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var response = await client.Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>A started, unlocked meeting and a locked one of the leader's group, and a certificate's code.</summary>
    private static async Task<(int Open, int Locked, string Code)> LeadersRecordsAsync(
        CpdTrackerApplication app, int leader)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        var group = await db.Set<Domain.Groups.GroupLeader>().Where(l => l.MemberId == leader)
            .Select(l => l.GroupId).FirstAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var meetings = db.Meetings.Where(m => m.GroupId == group);
        var open = await meetings.Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAtUtc <= now)
            .Select(m => m.Id).FirstAsync();
        var locked = await meetings.Where(m => m.Status == MeetingStatus.Locked).Select(m => m.Id).FirstAsync();
        var code = await db.IssuedDocuments.Select(d => d.VerificationCode).FirstAsync();
        return (open, locked, code);
    }
}
