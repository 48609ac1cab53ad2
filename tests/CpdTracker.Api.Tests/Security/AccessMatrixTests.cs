using System.Text;
using System.Text.RegularExpressions;
using CpdTracker.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdTracker.Api.Tests.Security;

public sealed partial class AccessMatrixTests(ITestOutputHelper output)
{
    private static readonly string[] Callers =
        ["anonymous", "member", "leader of another group", "leader of this group", "admin"];

    [Fact]
    public async Task EveryEndpointDeclaresWhoMayCallItAndAnswersEachKindOfCallerAccordingly()
    {
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var society = new Society(admin);
        var thisLeader = await society.AddMember("Leader of this group");
        var otherLeader = await society.AddMember("Leader of another group");
        var member = await society.AddMember("Member");
        var group = await society.AddGroup(thisLeader, [member]);
        await society.AddGroup(otherLeader, []);
        var meeting = (await society.Schedule(group, "2026-11-18T19:00"))["id"]!.GetValue<int>();
        var workshop = (await (await admin.PostAsJsonAsync("/api/workshops", new
        {
            title = "W",
            venue = "V",
            timeZone = "Australia/Sydney",
            startDate = "2026-03-19",
            endDate = "2026-03-22",
            participantIds = new[] { member },
        })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
        var certificate = await IssueSampleDocument(app, member);
        var clients = new[]
        {
            app.CreateClient(), await app.CreateMemberClientAsync(member),
            await app.CreateMemberClientAsync(otherLeader), await app.CreateMemberClientAsync(thisLeader), admin,
        };
        var samples = new Dictionary<string, string>
        {
            ["/api/members/{id}"] = $"/api/members/{member}", ["/api/groups/{id}"] = $"/api/groups/{group}",
            ["/api/groups/{groupId}"] = $"/api/groups/{group}", ["/api/meetings/{id}"] = $"/api/meetings/{meeting}",
            ["/api/workshops/{id}"] = $"/api/workshops/{workshop}", ["/api/verify/{code}"] = "/api/verify/NO-SUCH-CODE",
            ["/openapi/{documentName}"] = "/openapi/v1", ["/hangfire/{path}"] = "/hangfire/jobs/enqueued",
            ["/api/rule-sets/{code}"] = "/api/rule-sets/NMBA",
            ["/api/certificates/{id}"] = $"/api/certificates/{certificate}",
            ["/api/reports/colleges/{college}/{year}"] = "/api/reports/colleges/RACGP/2026",
            ["/api/meetings/{id}/attendance/{memberId}"] = $"/api/meetings/{meeting}/attendance/{member}",
        };
        var spare = 0;

        var failures = new List<string>();
        var matrix = new StringBuilder("| endpoint | access | " + string.Join(" | ", Callers) + " |\n");
        // The web pages answer a browser (sign-in redirects, HTML status pages): Pages/PageStatusTests covers them.
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<CpdTracker.Api.Components.PageEndpointMetadata>() is null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ToList();
        Assert.True(endpoints.Count > 20, $"only {endpoints.Count} endpoints found");
        foreach (var endpoint in endpoints)
        {
            var pattern = Normalise(endpoint.RoutePattern.RawText!);
            var access = endpoint.Metadata.GetOrderedMetadata<AccessMetadata>().LastOrDefault();
            if (access is null)
            {
                failures.Add($"{pattern} declares no access decision");
                continue;
            }

            var url = Fill(pattern, samples, failures);
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()
                ?.HttpMethods ?? ["GET"])
            {
                var cells = new List<string>();
                for (var i = 0; i < clients.Length; i++)
                {
                    // A call that removes or cancels the meeting gets a meeting of its own, so later calls still find
                    // theirs.
                    var target = method == "DELETE" && pattern == "/api/meetings/{id}"
                        || pattern.EndsWith("/cancel", StringComparison.Ordinal)
                        ? url.Replace($"/api/meetings/{meeting}",
                            $"/api/meetings/{(await society.Schedule(group, $"2026-12-{++spare:00}T19:00"))["id"]}")
                        : url;
                    var request = new HttpRequestMessage(new HttpMethod(method), target);
                    if (method is "POST" or "PUT")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }

                    var status = (int)(await clients[i].SendAsync(request)).StatusCode;
                    cells.Add(status.ToString());
                    if (!Acceptable(access.Access, i, status))
                    {
                        failures.Add($"{method} {pattern} ({access.Access}) as {Callers[i]} gave {status}");
                    }
                }

                matrix.AppendLine($"| {method} {pattern} | {access.Access} | {string.Join(" | ", cells)} |");
            }
        }

        output.WriteLine(matrix.ToString());
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + matrix);
    }

    [Theory]
    [InlineData(Access.Self)]
    [InlineData(Access.GroupLeader)]
    public void ARouteActingOnSomeonesResourceMustNameTheResource(Access access)
    {
        var routes = new RouteGroupBuilderProbe();

        var refused = Assert.Throws<ArgumentException>(() => routes.WithAccess(access));

        Assert.Contains("must name the resource", refused.Message);
        Assert.Equal(Resource.Document,
            routes.WithAccess(access, Resource.Document).Metadata.OfType<ResourceMetadata>().Single().Resource);
    }

    private sealed class RouteGroupBuilderProbe : Microsoft.AspNetCore.Builder.IEndpointConventionBuilder
    {
        public List<object> Metadata { get; } = [];

        public void Add(Action<Microsoft.AspNetCore.Builder.EndpointBuilder> convention)
        {
            var builder = new Microsoft.AspNetCore.Routing.RouteEndpointBuilder(
                _ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse("/x"), 0);
            convention(builder);
            Metadata.AddRange(builder.Metadata);
        }
    }

    private static async Task<int> IssueSampleDocument(CpdTrackerApplication app, int member)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        var document = new CpdTracker.Api.Data.IssuedDocument
        {
            MemberId = member, Subject = "sample", Number = "S-1", VerificationCode = "SAMPLE", Title = "Sample",
            Pdf = [1, 2, 3], Sha256 = "00", DataJson = "{}", IssueDate = new DateOnly(2026, 11, 22),
        };
        db.IssuedDocuments.Add(document);
        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>What each kind of caller (by index in Callers) may get under each access decision.</summary>
    private static bool Acceptable(Access access, int caller, int status)
    {
        var passed = status is not (401 or 403 or 404) && status < 500;
        var refused = caller == 0 ? 401 : access == Access.Self ? 404 : 403;
        var allowed = access switch
        {
            Access.Anonymous => true,
            Access.SignedIn => caller > 0,
            Access.Self => caller is 1 or 4,
            Access.GroupLeader => caller >= 3,
            _ => caller == 4,
        };
        return access == Access.Anonymous
            ? status is not (401 or 403) && status < 500
            : allowed ? passed : status == refused;
    }

    private static string Normalise(string pattern) => ConstraintPattern().Replace(pattern, "{$1}").TrimEnd('/');

    private static string Fill(string pattern, Dictionary<string, string> samples, List<string> failures)
    {
        var url = pattern;
        foreach (var (prefix, value) in samples.Where(s => pattern.StartsWith(s.Key, StringComparison.Ordinal))
            .OrderByDescending(s => s.Key.Length).Take(1))
        {
            url = value + url[prefix.Length..];
        }

        if (url.Contains('{'))
        {
            failures.Add($"{pattern} has a route value this test has no sample for");
        }

        return url;
    }

    [GeneratedRegex(@"\{\**(\w+)(:[^}]*)?\}")]
    private static partial Regex ConstraintPattern();
}
