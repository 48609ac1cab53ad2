using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

/// <summary>The society's year end, as its administrator does it on a laptop: a new member and a new group with a
/// leader, members and an RACGP activity number; a meeting scheduled, marked and locked; the RACGP check run, every
/// problem it lists fixed by following its link, until it is clean; then the CSV downloaded and read back.</summary>
[Collection(ServedAppCollection.Name)]
public sealed class YearEndJourneyTests(ServedApp served, ITestOutputHelper output)
{
    [Fact]
    public async Task TheAdministratorSetsUpAGroupLocksItsMeetingClearsTheRacgpCheckAndExportsTheCsv()
    {
        var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, 1280, 800);
        var number = $"Y{Guid.NewGuid():N}"[..9];

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Members" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a member" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Dr Ana Kowalski");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync($"{number}@example.org");
        await page.GetByLabel("Profession").SelectOptionAsync("GP");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Australia", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "RACGP", Exact = true }).CheckAsync();
        await page.GetByLabel("RACGP number").FillAsync(number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the member" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("The member is added");

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Groups" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a group" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync($"Adelaide Balint Group {number}");
        await page.GetByLabel("City").FillAsync("Adelaide");
        await page.GetByLabel("Time zone").SelectOptionAsync("Australia/Adelaide");
        await page.Locator("#person-0-find").FillAsync(ServedApp.LeaderEmail);
        await page.Locator("#person-1-find").FillAsync(number);
        await page.Locator("#person-1-joined").FillAsync("2026-02-01");
        await page.GetByLabel("RACGP activity number").FillAsync($"RACGP-{number}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the group" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("The group is added");

        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings and registers of this group" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/groups/", StringComparison.Ordinal));
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2026-11-18");
        await page.GetByLabel("Start time").FillAsync("19:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Open its register" }).ClickAsync();
        await MarkEveryonePresentAndLockAsync(page);

        var problems = await RacgpCheckAsync(page);
        output.WriteLine($"The RACGP 2026 check listed {problems.Count} problem(s):\n{string.Join("\n", problems)}");
        for (var round = 0; problems.Count > 0; round++)
        {
            Assert.True(round < 12, $"Still not clean after fixing {round}:\n{string.Join("\n", problems)}");
            var fix = page.Locator("ol.problems li a.fix").First;
            var href = await fix.GetAttributeAsync("href");
            Assert.StartsWith("/meetings/", href, StringComparison.Ordinal);
            await fix.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains(href!, StringComparison.Ordinal));
            await MarkEveryonePresentAndLockAsync(page);
            problems = await RacgpCheckAsync(page);
        }

        await Assertions.Expect(page.Locator(".verdict")).ToContainTextAsync("No problems found.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link,
            new() { Name = "Download the RACGP CSV" }).ClickAsync());
        var rows = CsvRows.Parse(await File.ReadAllBytesAsync((await download.PathAsync())!));

        output.WriteLine(string.Join("\n", rows.Select(r => string.Join(", ", r.Values))));
        var row = Assert.Single(rows, r => r["Activity number"] == $"RACGP-{number}");
        Assert.Equal(number, row["RACGP number"]);
        Assert.Equal("Kowalski", row["Family name"]);
        Assert.Equal("Ana", row["Given names"]);
        Assert.Equal($"RACGP-{number}", row["Activity number"]);
        Assert.Equal("2026-11-18", row["First date"]);
        Assert.Equal("1", row["Meetings attended"]);
        Assert.Equal("90", row["Minutes attended"]);
        Assert.Equal("1.5", row["RP hours"]);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r["Activity number"])));
    }

    /// <summary>On a register page: Mark all present (when anyone is unmarked), Save and lock…, Lock the
    /// register.</summary>
    private static async Task MarkEveryonePresentAndLockAsync(IPage page)
    {
        // The register form must be on the page before its buttons are counted: a link's navigation can still be
        // under way, and a count taken on the page before would lock the register with nobody marked.
        await Assertions.Expect(page.Locator("form#register")).ToBeVisibleAsync();
        var markAll = page.GetByRole(AriaRole.Button, new() { Name = "Mark all present" });
        if (await markAll.CountAsync() > 0)
        {
            await markAll.ClickAsync();
            await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("marked Present");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and lock…" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lock the register?" }))
            .ToBeVisibleAsync();
        Assert.DoesNotContain("not marked", await page.Locator("ul.tally").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock the register" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Locked.");
    }

    private static async Task<IReadOnlyList<string>> RacgpCheckAsync(IPage page)
    {
        await page.GotoAsync("/admin/reports?college=RACGP&year=2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "RACGP report for 2026" }))
            .ToBeVisibleAsync();
        return await page.Locator("ol.problems li").AllInnerTextsAsync();
    }
}
