using System.Reflection;
using CpdTracker.Api.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>The administration pages and a real demo row for each id their routes name: the access matrix of the pages
/// (in-process) and the browser test that members and leaders are refused them share it.</summary>
public static class AdminPages
{
    /// <summary>Every route template of a routable component under /admin.</summary>
    public static List<string> Routes() =>
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
