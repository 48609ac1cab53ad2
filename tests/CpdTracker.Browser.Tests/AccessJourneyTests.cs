using CpdTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

/// <summary>Signed in on a phone, a member and a leader are refused every administration page (found by reflection,
/// as the in-process access matrix finds them), and a member is refused the meetings of a group they only attend and
/// another member's certificate: each time the friendly 403 or 404 page, with none of the record's data on
/// it.</summary>
[Collection(ServedAppCollection.Name)]
public sealed class AccessJourneyTests(ServedApp served, ITestOutputHelper output)
{
    [Fact]
    public async Task AMemberAndALeaderAreRefusedEveryAdministrationPageAndAMemberTheirGroupsRegistersWithNothingShown()
    {
        var samples = await AdminPages.DemoSamplesAsync(served.App);
        var admin = AdminPages.Routes().Select(r => AdminPages.Fill(r, samples)).ToList();
        var (meeting, document, secrets) = await MelbourneRecordsAsync();
        string[] memberOnly =
            [$"/groups/{ServedApp.MelbourneGroupId}", $"/meetings/{meeting}", $"/meetings/{meeting}/lock",
                $"/my/documents/{document}.pdf"];

        var problems = new List<string>();
        foreach (var (email, urls) in new[]
            { (ServedApp.ClinicianEmail, admin.Concat(memberOnly)), (ServedApp.LeaderEmail, admin) })
        {
            var page = await served.SignedInPageAsync(email, 390, 844);
            foreach (var url in urls)
            {
                var status = (await page.GotoAsync(url))!.Status;
                var heading = await page.Locator("main h1").InnerTextAsync();
                var shown = await page.Locator("main").InnerTextAsync();
                var leaked = secrets.Where(s => shown.Contains(s, StringComparison.Ordinal)).ToList();
                if (status is not (403 or 404) || heading is not ("You cannot open this page" or "Page not found")
                    || leaked.Count > 0 || await page.Locator("main form, main table").CountAsync() > 0)
                {
                    problems.Add($"{email} {url}: {status} \"{heading}\"; shows {string.Join(", ", leaked)}");
                }
            }

            output.WriteLine($"{email}: {urls.Count()} pages refused");
            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A meeting of the Melbourne group, a certificate of another member, and text that must not appear on a
    /// refusal: the names of the group's other members and that certificate's number.</summary>
    private async Task<(int Meeting, int Document, List<string> Secrets)> MelbourneRecordsAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        var meeting = await db.Meetings.Where(m => m.GroupId == ServedApp.MelbourneGroupId).OrderBy(m => m.Id)
            .Select(m => m.Id).FirstAsync();
        var document = await db.IssuedDocuments.Where(d => d.MemberId != ServedApp.ClinicianId).OrderBy(d => d.Id)
            .FirstAsync();
        var names = await db.Members.Where(m => m.Id != ServedApp.ClinicianId && m.Id != document.MemberId)
            .OrderBy(m => m.Id).Take(5).Select(m => m.FullName).ToListAsync();
        var holder = await db.Members.Where(m => m.Id == document.MemberId).Select(m => m.FullName).FirstAsync();
        return (meeting, document.Id, [.. names, holder, document.Number]);
    }
}
