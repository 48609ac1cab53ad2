using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

/// <summary>The society's administrator on a laptop, on the demo society: corrects a register, keeps a college's rules,
/// sends a college its report. Each record page is also checked on a phone and a laptop (layout, axe), and photographed
/// when asked.</summary>
[Collection(ServedAppCollection.Name)]
public sealed class AdminRecordsJourneyTests(ServedApp served, ITestOutputHelper output)
{
    [Fact]
    public async Task AnUnlockWithAReasonAppearsInTheRegistersHistory()
    {
        var meeting = await LockedMeetingAsync(groupId: 2);
        var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, 1280, 800);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registers" }).First.ClickAsync();
        await page.GotoAsync($"/admin/registers/{meeting}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock the register" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error"))
            .ToContainTextAsync("Say why the register is being unlocked.");
        await page.GetByLabel("Why is it being unlocked?").FillAsync("A member was marked absent by mistake");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock the register" }).ClickAsync();

        await Assertions.Expect(page.Locator("p.notice[role=status]")).ToContainTextAsync("The register is unlocked");
        var latest = page.Locator("ol.history > li").First;
        await Assertions.Expect(latest).ToContainTextAsync("unlocked the register");
        await Assertions.Expect(latest).ToContainTextAsync("Reason: “A member was marked absent by mistake”");
        await Assertions.Expect(latest.Locator("table.diff tbody th")).ToHaveTextAsync(["status"]);
        await Assertions.Expect(latest.Locator("table.diff td.before")).ToHaveTextAsync(["Locked"]);
        await Assertions.Expect(latest.Locator("table.diff td.after")).ToHaveTextAsync(["Open"]);
        await Axe.AssertCleanAsync(page);
    }

    [Fact]
    public async Task AnInvalidRuleSetUploadListsItsProblemsByPath()
    {
        var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, 1280, 800);
        await page.GotoAsync("/admin/rules/PSYBA/replace");
        var json = JsonNode.Parse(await page.Locator("#json").InputValueAsync())!;
        json["name"] = "";
        json["minimumMinutes"] = -5;
        json["mappings"]![0]!["ratePerHour"] = -1;

        await page.GetByLabel("A JSON file").SetInputFilesAsync(new FilePayload
        {
            Name = "psyba.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json.ToJsonString()),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and store it" }).ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary h2")).ToContainTextAsync("nothing was stored");
        var problems = await page.Locator(".error-summary li").AllInnerTextsAsync();
        output.WriteLine(string.Join("\n", problems));
        Assert.Contains(problems, p => p.StartsWith("name: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("mappings[0].ratePerHour: ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("minimumMinutes: ", StringComparison.Ordinal));
        await Axe.AssertCleanAsync(page);
    }

    [Fact]
    public async Task TheRacgpReportIsCheckedThenItsCsvDownloadedAndRead()
    {
        var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, 1280, 800);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "College reports" }).ClickAsync();
        await page.Locator("ul.years[aria-label='RACGP report years']").GetByRole(AriaRole.Link,
            new() { Name = "2026" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "RACGP report for 2026" }))
            .ToBeVisibleAsync();
        output.WriteLine(await page.Locator("section[aria-labelledby=check-title]").InnerTextAsync());
        await Axe.AssertCleanAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link,
            new() { Name = "Download the RACGP CSV" }).ClickAsync());
        var path = await download.PathAsync();

        var rows = CsvRows.Parse(await File.ReadAllBytesAsync(path));
        Assert.Equal("RACGP-2026-2026-01-01-to-2026-12-31.csv", download.SuggestedFilename);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r["Activity number"])));
        var first = string.Join(", ", rows[0].Select(kv => $"{kv.Key}={kv.Value}"));
        output.WriteLine($"{rows.Count} rows; first: {first}");
    }

    [Fact]
    public async Task TheJobDashboardOpensFromTheAdministrationPageOnTheSignedInCookieAndListsTheNextRuns()
    {
        var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, 1280, 800);
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.Locator("ul.records[aria-labelledby=jobs-title] li")).ToHaveCountAsync(3);

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the job dashboard" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/hangfire", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Recurring");
        await page.GotoAsync("/hangfire/recurring");

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("annual-summaries");
        var member = await served.SignedInPageAsync(ServedApp.ClinicianEmail, 1280, 800);
        var refused = await member.GotoAsync("/hangfire");
        Assert.Equal(403, refused!.Status);
    }

    [Fact]
    public async Task EveryRecordPageFitsAPhoneAndALaptopAndPassesAxe()
    {
        var history = await LockedMeetingAsync(groupId: 3);
        var document = await DocumentIdAsync();
        using (var admin = await served.ApiClientAsync(CpdTrackerApplication.AdminEmail))
        {
            var aasw = await (await admin.GetAsync("/api/rule-sets/AASW")).ReadJson(HttpStatusCode.OK);
            aasw["minimumMinutes"] = 45;
            await (await admin.PutAsync("/api/rule-sets/AASW", new StringContent(aasw.ToJsonString(), Encoding.UTF8,
                "application/json")))
                .ReadJson(HttpStatusCode.OK);

            // The demo's registers were written before the app kept history: this one is unlocked, corrected and locked
            // again.
            await (await admin.PostAsJsonAsync($"/api/meetings/{history}/unlock",
                new { reason = "Dr Walker left at the break" })).ReadJson(HttpStatusCode.OK);
            var member = (await (await admin.GetAsync($"/api/meetings/{history}/attendance"))
                .ReadJson(HttpStatusCode.OK))["entries"]![0]!["memberId"]!;
            await (await admin.PutAsJsonAsync($"/api/meetings/{history}/attendance/{member}",
                new { status = "LeftEarly", minutesAttended = 45 }))
                .ReadJson(HttpStatusCode.OK);
            await (await admin.PostAsync($"/api/meetings/{history}/lock", null)).ReadJson(HttpStatusCode.OK);
        }

        var pages = new (string Name, string Url, Func<IPage, Task>? Act)[]
        {
            ("admin", "/admin", null),
            ("admin-registers", $"/admin/registers?group={ServedApp.MelbourneGroupId}", null),
            ("admin-register-history", $"/admin/registers/{history}", null),
            ("admin-register-unlock-error", $"/admin/registers/{history}", p => p.GetByRole(AriaRole.Button,
                new() { Name = "Unlock the register" }).ClickAsync()),
            ("admin-reports", "/admin/reports", null),
            ("admin-reports-racgp-2026", "/admin/reports?college=RACGP&year=2026", null),
            ("admin-documents", "/admin/documents", null),
            ("admin-document", $"/admin/documents/{document}", null),
            ("admin-rules", "/admin/rules", null),
            ("admin-rule-set", "/admin/rules/RACGP-2023", null),
            ("admin-outbox", "/admin/outbox", null),
            ("admin-rule-set-compare", "/admin/rules/AASW/compare?from=1&to=2", null),
            ("admin-rule-set-replace", "/admin/rules/NMBA/replace", null),
            ("admin-rule-set-replace-problems", "/admin/rules/NMBA/replace", InvalidRuleSetAsync),
        };
        var problems = new List<string>();
        var folder = Environment.GetEnvironmentVariable("CPD_SCREENSHOTS_DIR");
        foreach (var (screen, width, height) in new[] { ("phone", 390, 844), ("desktop", 1280, 800) })
        {
            var page = await served.SignedInPageAsync(CpdTrackerApplication.AdminEmail, width, height);
            foreach (var (name, url, act) in pages)
            {
                await page.GotoAsync(url);
                if (act is not null)
                {
                    await act(page);
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                }

                problems.AddRange((await PageLayoutTests.LayoutProblemsAsync(page)).Select(p =>
                    $"{name} on a {screen}: {p}"));
                problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{name} on a {screen}: {v}"));
                if (folder is { Length: > 0 })
                {
                    await PageLayoutTests.ScreenshotsAsync(page, Path.Combine(folder, $"{name}-{screen}"), width,
                        height);
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task InvalidRuleSetAsync(IPage page)
    {
        var json = await page.Locator("#json").InputValueAsync();
        await page.Locator("#json").FillAsync(json.Replace("\"minimumMinutes\": 30", "\"minimumMinutes\": -30")
            .Replace("\"ratePerHour\": 1", "\"ratePerHour\": -1")
            .Replace("\"name\": \"Nursing and Midwifery Board of Australia CPD\"", "\"name\": \"\""));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and store it" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
    }

    private async Task<int> LockedMeetingAsync(int groupId)
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        return db.Meetings.Where(m => m.GroupId == groupId
            && m.Status == CpdTracker.Domain.Meetings.MeetingStatus.Locked)
            .OrderByDescending(m => m.StartsAtUtc).Select(m => m.Id).First();
    }

    private async Task<int> DocumentIdAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        return db.IssuedDocuments.Where(d => d.MemberId == ServedApp.ClinicianId).OrderByDescending(d => d.Id)
            .Select(d => d.Id).First();
    }
}
