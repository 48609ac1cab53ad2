using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

/// <summary>The leader's evening on a phone: the clock stands at 8 pm AEDT on Sunday 22 November 2026, in
/// Melbourne.</summary>
[Collection(ServedAppCollection.Name)]
public sealed class LeaderJourneyTests(ServedApp served, ITestOutputHelper output)
{
    [Fact]
    public async Task OnAPhoneALeaderMarksEveryonePresentAndLocksTheRegisterInAFewTapsWithoutTyping()
    {
        var meeting = await served.ScheduleAsync("2026-11-22T18:00", ServedApp.OnlineGroupId);
        var page = await served.SignedInPageAsync(ServedApp.LeaderEmail, 390, 844);
        await page.GotoAsync("/groups");
        var taps = 0;
        async Task Tap(ILocator target)
        {
            await target.ClickAsync();
            taps++;
        }

        await Tap(page.Locator($"a[href='/meetings/{meeting}']"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register", Level = 1 }))
            .ToBeVisibleAsync();
        var members = await page.Locator("fieldset.member").CountAsync();
        await Axe.AssertCleanAsync(page);
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "Mark all present" }));
        await Assertions.Expect(page.Locator(".statuses input[value=Present]:checked")).ToHaveCountAsync(members);
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).Last);
        await Assertions.Expect(page.Locator("p.notice")).ToHaveTextAsync("Saved.");
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "Save and lock…" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lock the register?" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=what-locking-does]"))
            .ToContainTextAsync("Only an administrator can unlock it");
        await Axe.AssertCleanAsync(page);
        await Tap(page.GetByRole(AriaRole.Button, new() { Name = "Lock the register" }));

        await Assertions.Expect(page.Locator(".notice.locked"))
            .ToContainTextAsync("ask the administrator to unlock it");
        Assert.Equal(
            Enumerable.Repeat("Present", members),
            await page.Locator("ul.register-lines li span:last-child").AllInnerTextsAsync());
        output.WriteLine(
            $"{members} on the register, marked present and locked in {taps} taps from My groups, with no typing");
        Assert.Equal(8, members);
        Assert.True(taps <= 12, $"{taps} taps");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheRegisterPagesFirstLoadIsLight()
    {
        var meeting = await served.ScheduleAsync("2026-11-21T18:00");
        var signedIn = await served.SignedInPageAsync(ServedApp.LeaderEmail, 390, 844);
        // A new context has an empty cache: the page, its stylesheet and script all come over the wire.
        var page = await served.NewPageAsync(390, 844);
        await page.Context.AddCookiesAsync((await signedIn.Context.CookiesAsync()).Select(c =>
            new Microsoft.Playwright.Cookie
            {
                Name = c.Name,
                Value = c.Value,
                Domain = c.Domain,
                Path = c.Path,
                HttpOnly = c.HttpOnly,
                Secure = c.Secure,
                SameSite = c.SameSite,
            }));

        var weight = await PageWeight.MeasureAsync(page, () => page.GotoAsync($"/meetings/{meeting}"));

        output.WriteLine($"register page, first load: {weight}");
        await Assertions.Expect(page.Locator("fieldset.member").First).ToBeVisibleAsync();
        Assert.True(weight.Bytes <= 150 * 1024, weight.ToString());
        await signedIn.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WhenTheCoLeaderSavedMeanwhileTheLeaderSeesWhoAndWhenAndKeepsTheirChoices()
    {
        var meeting = await served.ScheduleAsync("2026-11-20T18:00");
        var page = await served.SignedInPageAsync(ServedApp.LeaderEmail, 390, 844);
        await page.GotoAsync($"/meetings/{meeting}");
        var first = page.Locator("fieldset.member").First;
        await Assertions.Expect(first.Locator(".minutes")).ToBeHiddenAsync();
        await first.GetByRole(AriaRole.Radio, new() { Name = "Late", Exact = true }).ClickAsync();
        await Assertions.Expect(first.GetByLabel("Minutes attended")).ToBeVisibleAsync();
        await first.GetByRole(AriaRole.Radio, new() { Name = "Present", Exact = true }).ClickAsync();
        await Assertions.Expect(first.Locator(".minutes")).ToBeHiddenAsync();

        using (var coLeader = await served.ApiClientAsync(ServedApp.CoLeaderEmail))
        {
            await (await coLeader.PutAsJsonAsync(
                    $"/api/meetings/{meeting}/attendance",
                    new { entries = new[] { new { memberId = 1, status = "Apology" } } }))
                .ReadJson(HttpStatusCode.OK);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all present" }).ClickAsync();
        var members = await page.Locator("fieldset.member").CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).Last.ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary h2"))
            .ToHaveTextAsync("Dr Tom Nguyen saved this register at 8:00 pm AEDT on 22 November 2026");
        await Assertions.Expect(page.Locator(".statuses input[value=Present]:checked")).ToHaveCountAsync(members);
        await Assertions.Expect(page.Locator("#m1 .theirs")).ToHaveTextAsync("Saved meanwhile: Apology");
        await Axe.AssertCleanAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EnterInAMinutesFieldSavesTheRegister()
    {
        var meeting = await served.ScheduleAsync("2026-11-16T18:00");
        var page = await served.SignedInPageAsync(ServedApp.LeaderEmail, 390, 844);
        await page.GotoAsync($"/meetings/{meeting}");
        var first = page.Locator("fieldset.member").First;

        await first.GetByRole(AriaRole.Radio, new() { Name = "Late", Exact = true }).ClickAsync();
        await first.GetByLabel("Minutes attended").FillAsync("60");
        await first.GetByLabel("Minutes attended").PressAsync("Enter");

        await Assertions.Expect(page.Locator("p.notice")).ToHaveTextAsync("Saved.");
        await Assertions.Expect(first.GetByLabel("Minutes attended")).ToHaveValueAsync("60");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnAPhoneALeaderCancelsAMeetingWithAReason()
    {
        var meeting = await served.ScheduleAsync("2026-12-10T19:00");
        var page = await served.SignedInPageAsync(ServedApp.LeaderEmail, 390, 844);
        await page.GotoAsync($"/meetings/{meeting}");

        await page.GetByText("Move, cancel or delete this meeting").ClickAsync();
        await page.GetByLabel("Why is it cancelled?").FillAsync("Venue closed for repairs");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the meeting" }).ClickAsync();

        await page.WaitForURLAsync($"**/groups/{ServedApp.MelbourneGroupId}?cancelled={meeting}");
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("The meeting is cancelled");
        await Assertions.Expect(page.Locator($"section[aria-labelledby=recent] a[href='/meetings/{meeting}']"))
            .ToContainTextAsync("Cancelled");
        await page.Context.CloseAsync();
    }
}
