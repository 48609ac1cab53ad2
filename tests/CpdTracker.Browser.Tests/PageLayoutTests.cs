using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

/// <summary>Every page on a phone (390×844) and a laptop (1280×800): nothing scrolls sideways, no text under 16 px,
/// every control at least 44 px tall, axe finds nothing serious. With CPD_SCREENSHOTS_DIR set, each is saved there as a
/// PNG (docs/images/pages is made this way).</summary>
[Collection(ServedAppCollection.Name)]
public sealed class PageLayoutTests(ServedApp served, ITestOutputHelper output)
{
    private static readonly (string Name, int Width, int Height)[] Screens =
        [("phone", 390, 844), ("desktop", 1280, 800)];

    [Fact]
    public async Task EveryPageFitsAPhoneAndALaptopAndPassesAxe()
    {
        var invitation = await InvitationTokenAsync();
        var code = await CodeAsync();
        var open = await PartlyMarkedRegisterAsync();
        var conflicted = await served.ScheduleAsync("2026-11-17T18:00");
        var locked = await LockedRegisterAsync();
        var reset = await ResetLinkAsync();
        var pages = new (string Name, string? Email, string Url, Func<IPage, Task>? Act)[]
        {
            ("signin", null, "/signin", null),
            ("signin-wrong-password", null, "/signin", WrongPasswordAsync),
            ("invitation", null, $"/invitation/{invitation}", null),
            ("forgot-password", null, "/forgot-password", null),
            ("forgot-password-sent", null, "/forgot-password?sent=true", null),
            ("reset-password", null, reset, null),
            ("reset-password-mismatch", null, reset, MismatchedPasswordsAsync),
            ("reset-password-unusable", null, "/reset-password?email=someone%40example.org&token=QUJD", null),
            ("verify", null, "/verify", null),
            ("verify-valid", null, $"/verify/{code}", null),
            ("verify-edited-file", null, $"/verify/{code}", EditedFileAsync),
            ("not-found", null, "/no-such-page", null),
            ("home-leader", ServedApp.LeaderEmail, "/", null),
            ("my-groups", ServedApp.LeaderEmail, "/groups", null),
            ("group", ServedApp.LeaderEmail, $"/groups/{ServedApp.MelbourneGroupId}", null),
            ("register", ServedApp.LeaderEmail, $"/meetings/{open}", null),
            (
                "register-conflict",
                ServedApp.LeaderEmail,
                $"/meetings/{conflicted}",
                page => SavedMeanwhileAsync(page, conflicted)),
            ("lock", ServedApp.LeaderEmail, $"/meetings/{open}/lock", null),
            ("register-locked", ServedApp.LeaderEmail, $"/meetings/{locked}", null),
            ("my-cpd", ServedApp.ClinicianEmail, "/my/cpd", OpenFirstStatementAsync),
            ("admin", CpdTrackerApplication.AdminEmail, "/admin", null),
        };
        var problems = new List<string>();
        var folder = Environment.GetEnvironmentVariable("CPD_SCREENSHOTS_DIR");
        foreach (var (screen, width, height) in Screens)
        {
            foreach (var (name, email, url, act) in pages)
            {
                var page = email is null
                    ? await served.NewPageAsync(width, height)
                    : await served.SignedInPageAsync(email, width, height);
                await page.GotoAsync(url);
                if (act is not null)
                {
                    await act(page);
                }

                problems.AddRange((await LayoutProblemsAsync(page)).Select(p => $"{name} on a {screen}: {p}"));
                problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{name} on a {screen}: {v}"));
                if (folder is { Length: > 0 })
                {
                    await ScreenshotsAsync(page, Path.Combine(folder, $"{name}-{screen}"), width, height);
                }

                await page.Context.CloseAsync();
            }
        }

        output.WriteLine(
            folder is { Length: > 0 } ? $"screenshots in {folder}" : "no screenshots (CPD_SCREENSHOTS_DIR unset)");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>What a person sees first; with CPD_SCREENSHOTS_FULL=1 also the rest of the page, a screen at a time,
    /// for review.</summary>
    internal static async Task ScreenshotsAsync(IPage page, string path, int width, int height)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = path + ".png" });
        if (Environment.GetEnvironmentVariable("CPD_SCREENSHOTS_FULL") != "1")
        {
            return;
        }

        var total = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (var (top, part) = (height, 2); top < total; (top, part) = (top + height, part + 1))
        {
            await page.ScreenshotAsync(new()
            {
                Path = $"{path}-{part}.png",
                FullPage = true,
                Clip = new() { X = 0, Y = top, Width = width, Height = Math.Min(height, total - top) },
            });
        }
    }

    internal static async Task<IReadOnlyList<string>> LayoutProblemsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
        () => {
            const problems = [];
            if (document.documentElement.scrollWidth > window.innerWidth) {
                problems.push(
                    `scrolls sideways: ${document.documentElement.scrollWidth}px wide in ${window.innerWidth}px`);
            }
            for (const el of document.querySelectorAll('body *')) {
                const style = getComputedStyle(el);
                const box = el.getBoundingClientRect();
                if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0
                    || el.closest('.visually-hidden')) continue;
                const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                if (ownText && parseFloat(style.fontSize) < 16)
                    problems.push(`text under 16px: <${el.tagName.toLowerCase()}> "${
                        el.textContent.trim().slice(0, 40)}"`);
                const control = el.matches('button, input:not([type=hidden]), select, textarea, summary, nav a, '
                    + '.button, ul.choices a, ul.documents a, ul.meetings a, .crumbs a, footer a');
                if (control && box.height < 44)
                    problems.push(`control under 44px tall (${box.height}px): <${el.tagName.toLowerCase()}> "${
                        (el.textContent || el.name || '').trim().slice(0, 40)}"`);
            }
            return problems;
        }
        """);

    private static async Task WrongPasswordAsync(IPage page)
    {
        await page.GetByLabel("Email").FillAsync("someone@example.org");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("[role=alert]").WaitForAsync();
    }

    private async Task EditedFileAsync(IPage page)
    {
        var pdf = await PdfAsync();
        pdf[^20] ^= 0x01;
        await page.GetByLabel("PDF file").SetInputFilesAsync(new FilePayload
        {
            Name = "certificate.pdf",
            MimeType = "application/pdf",
            Buffer = pdf,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verdict h2")).ToHaveTextAsync("Not the issued file");
    }

    /// <summary>A register held on Thursday 19 November with a few lines marked by the co-leader, the rest
    /// waiting.</summary>
    private async Task<int> PartlyMarkedRegisterAsync()
    {
        var meeting = await served.ScheduleAsync("2026-11-19T18:00");
        using var coLeader = await served.ApiClientAsync(ServedApp.CoLeaderEmail);
        await (await coLeader.PutAsJsonAsync($"/api/meetings/{meeting}/attendance", new
        {
            entries = new object[]
            {
                new { memberId = 1, status = "Present" }, new { memberId = 2, status = "Present", role = "Presenter" },
                new { memberId = 3, status = "Late", minutesAttended = 70 }, new { memberId = 4, status = "Apology" },
            },
        })).ReadJson(HttpStatusCode.OK);
        return meeting;
    }

    private async Task SavedMeanwhileAsync(IPage page, int meeting)
    {
        using (var coLeader = await served.ApiClientAsync(ServedApp.CoLeaderEmail))
        {
            await (await coLeader.PutAsJsonAsync(
                    $"/api/meetings/{meeting}/attendance/3",
                    new { status = "LeftEarly", minutesAttended = 60 }))
                .ReadJson(HttpStatusCode.OK);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all present" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).Last.ClickAsync();
        await page.Locator(".error-summary h2").WaitForAsync();
    }

    private async Task<int> LockedRegisterAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        return db.Meetings
            .Where(m => m.GroupId == ServedApp.MelbourneGroupId
                && m.Status == CpdTracker.Domain.Meetings.MeetingStatus.Locked)
            .OrderByDescending(m => m.StartsAtUtc)
            .Select(m => m.Id)
            .First();
    }

    private static async Task OpenFirstStatementAsync(IPage page) =>
        await page.Locator("details summary").First.ClickAsync();

    private async Task<string> InvitationTokenAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Features.Auth.InvitationService>()
            .InviteAsync(5, default))!.Token;
    }

    /// <summary>A reset link for the clinician, as mailed; the page is only looked at, so the password stays.</summary>
    private async Task<string> ResetLinkAsync()
    {
        await using (var scope = served.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Features.Auth.PasswordResets>()
                .RequestAsync(ServedApp.ClinicianEmail, default);
        }

        return new Uri(await served.ResetLinkAsync(ServedApp.ClinicianEmail)).PathAndQuery;
    }

    private static async Task MismatchedPasswordsAsync(IPage page)
    {
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Harbour-Lights-42");
        await page.GetByLabel("New password again").FillAsync("Harbour-Lights-24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set new password" }).ClickAsync();
        await page.Locator(".error-summary h2").WaitForAsync();
    }

    private async Task<string> CodeAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        return db.IssuedDocuments
            .Where(d => d.MemberId == ServedApp.ClinicianId
                && d.Kind == CpdTracker.Api.Data.DocumentKind.AttendanceCertificate)
            .OrderByDescending(d => d.Id)
            .Select(d => d.VerificationCode)
            .First();
    }

    private async Task<byte[]> PdfAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        return db.IssuedDocuments
            .Where(d => d.MemberId == ServedApp.ClinicianId
                && d.Kind == CpdTracker.Api.Data.DocumentKind.AttendanceCertificate)
            .OrderByDescending(d => d.Id)
            .Select(d => d.Pdf)
            .First();
    }
}
