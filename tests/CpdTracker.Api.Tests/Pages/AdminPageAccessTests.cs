using System.Reflection;
using CpdTracker.Api.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>Every page under /admin, found by reflection (so pages added later are covered without editing this test),
/// opened on the demo society's own rows as a signed-out visitor, a member, a leader and an administrator.</summary>
public sealed class AdminPageAccessTests
{
    [Fact]
    public async Task EveryAdministrationPageSendsAVisitorToSignInRefusesMembersAndLeadersAndOpensForAnAdministrator()
    {
        await using var app = new CpdTrackerApplication { SeedDemo = true };
        var samples = await DemoSamplesAsync(app);
        var routes = AdminRoutes();
        Assert.Contains("/admin", routes);
        Assert.Contains("/admin/reports", routes);
        var member = await PageClient.SignedInAsync(app, await app.CreateMemberAccountAsync(samples["member"]));
        var leader = await PageClient.SignedInAsync(app, await app.CreateMemberAccountAsync(samples["leader"]));
        var admin = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);
        var anonymous = PageClient.Anonymous(app);

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var url = Fill(route, samples);
            var answers = new[]
            {
                await anonymous.Http.GetAsync(url), await member.Http.GetAsync(url), await leader.Http.GetAsync(url),
                    await admin.Http.GetAsync(url),
            };
            var seen = string.Join(", ", answers.Select(a => (int)a.StatusCode));
            if (answers[0].StatusCode != HttpStatusCode.Redirect
                || PageClient.Target(answers[0]) != $"/signin?ReturnUrl={Uri.EscapeDataString(url)}"
                || answers[1].StatusCode != HttpStatusCode.Forbidden
                    || answers[2].StatusCode != HttpStatusCode.Forbidden
                || answers[3].StatusCode != HttpStatusCode.OK)
            {
                failures.Add(
                    $"{url}: anonymous, member, leader, admin gave {seen}; expected 302 to sign-in, 403, 403, 200");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task TheJobDashboardOpensForAnAdministratorSignedInOnThePagesAndRefusesMembersAndLeaders()
    {
        await using var app = new CpdTrackerApplication { SeedDemo = true };
        var samples = await DemoSamplesAsync(app);
        var member = await PageClient.SignedInAsync(app, await app.CreateMemberAccountAsync(samples["member"]));
        var leader = await PageClient.SignedInAsync(app, await app.CreateMemberAccountAsync(samples["leader"]));
        var admin = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);

        var signedOut = await PageClient.Anonymous(app).GetAsync("/hangfire", HttpStatusCode.Unauthorized);

        Assert.Equal("/signin?ReturnUrl=%2Fhangfire", signedOut.QuerySelector("ul.links a")!.GetAttribute("href"));
        var browser = PageClient.Anonymous(app);
        var signedIn = await browser.SubmitAsync(await browser.GetAsync("/signin?ReturnUrl=%2Fhangfire"), "signin",
            new()
            {
                ["Input.Email"] = CpdTrackerApplication.AdminEmail,
                ["Input.Password"] = CpdTrackerApplication.Password
            });
        Assert.Equal("/hangfire", PageClient.Target(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Http.GetAsync("/hangfire/recurring")).StatusCode);
        var recurring = await admin.Http.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        Assert.Contains("annual-summaries", await recurring.Content.ReadAsStringAsync());
    }

    /// <summary>Every route template of a routable component under /admin.</summary>
    public static List<string> AdminRoutes() =>
        typeof(Program).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => "/" + r.Template.TrimStart('/')))
            .Where(r => r == "/admin" || r.StartsWith("/admin/", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>A real demo row for each kind of id a route names, found by the parameter's name or the segment before
    /// it.</summary>
    public static string Fill(string route, IReadOnlyDictionary<string, int> samples)
    {
        var segments = route.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                continue;
            }

            var name = segments[i].Trim('{', '}', '?').Split(':')[0].ToLowerInvariant();
            var before = i > 0 ? segments[i - 1].ToLowerInvariant() : "";
            segments[i] = name switch
            {
                "code" or "rulesetcode" => "RACGP-2023",
                "college" => "RACGP",
                "year" => "2026",
                "version" => "1",
                _ => samples.FirstOrDefault(s => name.Contains(s.Key, StringComparison.Ordinal)
                        || (name == "id" && before.StartsWith(s.Key,
                            StringComparison.Ordinal))) is { Key: not null } found
                    ? found.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : throw new InvalidOperationException(
                        $"No demo sample for {{{name}}} in {route}: add one to {nameof(DemoSamplesAsync)}."),
            };
        }

        return string.Join('/', segments);
    }

    /// <summary>Ids of the demo society's rows: keys are what a route's parameter or the segment before it starts
    /// with.</summary>
    public static async Task<Dictionary<string, int>> DemoSamplesAsync(CpdTrackerApplication app)
    {
        await app.WaitForJobsAsync(seconds: 300);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        var leaders = await db.Set<Domain.Groups.GroupLeader>().Select(l => l.MemberId).ToListAsync();
        var meeting = await db.Meetings.Where(m => m.Status == Domain.Meetings.MeetingStatus.Locked).OrderBy(m => m.Id)
            .Select(m => m.Id).FirstAsync();
        return new Dictionary<string, int>
        {
            ["member"] = await db.Members.Where(m => !leaders.Contains(m.Id)).OrderBy(m => m.Id).Select(m => m.Id)
                .FirstAsync(),
            ["leader"] = leaders.Min(),
            ["group"] = await db.Groups.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(),
            ["workshop"] = await db.Workshops.OrderBy(w => w.Id).Select(w => w.Id).FirstAsync(),
            ["meeting"] = meeting,
            ["register"] = meeting,
            ["document"] = await db.IssuedDocuments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
            ["certificate"] = await db.IssuedDocuments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
        };
    }
}
