using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

/// <summary>The administrator on a laptop adds a member and then a group with a leader, that member and an activity
/// number, with axe on every page on the way; then every member, group and workshop page on a phone and a laptop is
/// held to the layout rules of <see cref="PageLayoutTests"/> (and saved as a PNG where CPD_SCREENSHOTS_DIR is
/// set).</summary>
[Collection(ServedAppCollection.Name)]
public sealed class AdminPeopleJourneyTests(ServedApp served, ITestOutputHelper output)
{
    [Fact]
    public async Task TheAdministratorAddsAMemberAndAGroupWithALeaderMembersAndAnActivityNumber()
    {
        var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, 1280, 800);
        var number = $"B{Guid.NewGuid():N}"[..9];
        await page.GotoAsync("/admin/members/new");
        await Axe.AssertCleanAsync(page);
        await page.GetByLabel("Full name").FillAsync("Dr Mere Tane");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync($"{number}@example.org");
        await page.GetByLabel("Profession").SelectOptionAsync("GP");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Australia", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "RACGP", Exact = true }).CheckAsync();
        await page.GetByLabel("RACGP number").FillAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the member" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("The member is added");
        await Axe.AssertCleanAsync(page);
        var member = page.Url;

        await page.GotoAsync("/admin/groups/new");
        await Axe.AssertCleanAsync(page);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Adelaide Balint Group");
        await page.GetByLabel("City").FillAsync("Adelaide");
        await page.GetByLabel("Time zone").SelectOptionAsync("Australia/Adelaide");
        await page.Locator("#person-0-find").FillAsync(ServedApp.LeaderEmail);
        await page.Locator("#person-1-find").FillAsync(number);
        await page.Locator("#person-1-joined").FillAsync("2026-02-01");
        await page.GetByLabel("RACGP activity number").FillAsync("RACGP-777");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the group" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("The group is added");
        await Axe.AssertCleanAsync(page);

        await Assertions.Expect(page.Locator("#person-0-name")).ToHaveTextAsync("Dr Helen Marsh");
        await Assertions.Expect(page.Locator("#person-1-name")).ToHaveTextAsync("Dr Mere Tane");
        await Assertions.Expect(page.Locator("#person-0-role")).ToHaveValueAsync("Leader");
        await Assertions.Expect(page.Locator("#activity-RACGP")).ToHaveValueAsync("RACGP-777");
        await page.Context.CloseAsync();
        output.WriteLine($"member {member}, group {page.Url}");
        await EveryPageFitsAsync(int.Parse(member.Split('/', '?')[5]), int.Parse(page.Url.Split('/', '?')[5]));
    }

    private async Task EveryPageFitsAsync(int member, int group)
    {
        var workshop = await WorkshopAsync();
        var pages = new (string Name, string Url, Func<IPage, Task>? Act)[]
        {
            ("admin-members", "/admin/members", null),
            ("admin-members-search", "/admin/members?q=marsh", null),
            ("admin-member-new", "/admin/members/new", null),
            ("admin-member-new-errors", "/admin/members/new", SubmitEmptyAsync("Add the member")),
            ("admin-member", $"/admin/members/{member}", null),
            ("admin-member-invited", $"/admin/members/{member}", InviteAsync),
            ("admin-member-cpd", $"/admin/members/{ServedApp.ClinicianId}/cpd", null),
            ("admin-groups", "/admin/groups", null),
            ("admin-group-new", "/admin/groups/new", null),
            ("admin-group", $"/admin/groups/{group}", null),
            ("admin-workshops", "/admin/workshops", null),
            ("admin-workshop-new", "/admin/workshops/new", null),
            ("admin-workshop", $"/admin/workshops/{workshop}", null),
        };
        var problems = new List<string>();
        var folder = Environment.GetEnvironmentVariable("CPD_SCREENSHOTS_DIR");
        foreach (var (screen, width, height) in new[] { ("phone", 390, 844), ("desktop", 1280, 800) })
        {
            foreach (var (name, url, act) in pages)
            {
                var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, width, height);
                await page.GotoAsync(url);
                if (act is not null)
                {
                    await act(page);
                }

                var where = $"{name} on a {screen}";
                problems.AddRange((await PageLayoutTests.LayoutProblemsAsync(page)).Select(p => $"{where}: {p}"));
                problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{where}: {v}"));
                if (folder is { Length: > 0 })
                {
                    var file = Path.Combine(folder, $"{name}-{screen}");
                    await PageLayoutTests.ScreenshotsAsync(page, file, width, height);
                }

                await page.Context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static Func<IPage, Task> SubmitEmptyAsync(string button) => async page =>
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
    };

    private static async Task InviteAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await page.Locator("#invitation-link").WaitForAsync();
    }

    private async Task<int> WorkshopAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        return db.Workshops.OrderBy(w => w.Id).Select(w => w.Id).First();
    }
}
