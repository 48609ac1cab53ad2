using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CpdTracker.Api.Features.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The forgot-password and reset-password pages, without JavaScript, with the mail read off a real SMTP
/// server. The application and its mail server are shared; each test resets the password of an account of
/// its own.</summary>
public sealed partial class PasswordResetPageTests(PasswordResetPageTests.MailedApp shared)
    : IClassFixture<PasswordResetPageTests.MailedApp>
{
    private const string NewPassword = "A-New-Password-1";

    [Fact]
    public async Task TheSignInPageLinksToAFormThatAnswersTheSameForAnyEmailAndMailsOnlyTheAccountHolder()
    {
        var email = await shared.AccountAsync();
        var browser = PageClient.Anonymous(shared.App);
        var signIn = await browser.GetAsync("/signin");
        Assert.Equal("Forgot your password?", signIn.QuerySelector("a[href='/forgot-password']")!.TextContent);

        var form = await browser.GetAsync("/forgot-password");
        var known = await AskAsync(browser, form, email);
        var unknown = await AskAsync(browser, form, "nobody@test.example");
        var sent = await browser.GetAsync(PageClient.Target(known));
        await shared.App.WaitForJobsAsync();

        Assert.Equal("/forgot-password?sent=true", PageClient.Target(known));
        Assert.Equal(PageClient.Target(known), PageClient.Target(unknown));
        Assert.Equal(PasswordResets.OnItsWay, sent.QuerySelector("[role=status]")!.TextContent);
        Assert.Empty(shared.Mail.To("nobody@test.example"));
        Assert.StartsWith("https://cpd.test.example/reset-password?email=", ResetLink(shared.Mail, email));
    }

    [Fact]
    public async Task AnEmptyOrMalformedEmailIsNamedNextToItsInputAndNothingIsSent()
    {
        var browser = PageClient.Anonymous(shared.App);
        var form = await browser.GetAsync("/forgot-password");

        var empty = await PageClient.ReadAsync(await AskAsync(browser, form, ""));
        var malformed = await PageClient.ReadAsync(await AskAsync(browser, form, "not an address"));

        Assert.Equal("true", empty.QuerySelector("#email")!.GetAttribute("aria-invalid"));
        Assert.Contains("must not be empty", empty.QuerySelector("#email-error")!.TextContent);
        Assert.Contains("not a valid email", malformed.QuerySelector("#email-error")!.TextContent);
        Assert.Equal("#email", malformed.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheLinkInTheMailSetsANewPasswordOnceAndTheOldOneStopsWorking()
    {
        var email = await shared.AccountAsync();
        var browser = PageClient.Anonymous(shared.App);
        var link = await RequestLinkAsync(browser, email);
        var page = await browser.GetAsync(link);
        Assert.Equal("Choose a new password", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(email, page.QuerySelector("input#username[readonly]")!.GetAttribute("value"));
        Assert.Equal("no-referrer", page.QuerySelector("meta[name=referrer]")!.GetAttribute("content"));

        var mismatch = await PageClient.ReadAsync(await SetAsync(browser, page, NewPassword, "Other"));
        var weak = await PageClient.ReadAsync(await SetAsync(browser, page, "alllowercaseletters"));
        var done = await SetAsync(browser, page, NewPassword);

        Assert.Equal("The two passwords are not the same.", ErrorText(mismatch, "confirm"));
        Assert.Contains("uppercase", ErrorText(weak, "newPassword"));
        Assert.All(weak.QuerySelectorAll("input[type=password]"), i => Assert.Empty(i.GetAttribute("value") ?? ""));
        Assert.Equal("/signin?passwordset=true", PageClient.Target(done));
        var signIn = await browser.GetAsync(PageClient.Target(done));
        Assert.Contains("Your password is set", signIn.QuerySelector("[role=status]")!.TextContent);
        await PageClient.SignedInAsync(shared.App, email, NewPassword);
        var old = await PageClient.ReadAsync(await browser.SubmitAsync(await browser.GetAsync("/signin"), "signin",
            new() { ["Input.Email"] = email, ["Input.Password"] = CpdTrackerApplication.Password }));
        Assert.Equal(AuthEndpoints.SignInRefusal, old.QuerySelector("[role=alert]")!.TextContent.Trim());

        var again = await browser.GetAsync(link);
        Assert.Equal("This reset link cannot be used", again.QuerySelector("h1")!.TextContent);
        Assert.Null(again.QuerySelector("form input[type=password]"));
        Assert.NotNull(again.QuerySelector("a[href='/forgot-password']"));
    }

    [Fact]
    public async Task ALinkUsedInAnotherTabWhileTheFormWasOpenSaysSoInsteadOfAskingAgain()
    {
        var email = await shared.AccountAsync();
        var browser = PageClient.Anonymous(shared.App);
        var link = await RequestLinkAsync(browser, email);
        var first = await browser.GetAsync(link);
        var second = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, (await SetAsync(browser, first, NewPassword)).StatusCode);
        var late = await PageClient.ReadAsync(await SetAsync(browser, second, "Another-Password-2"));

        Assert.Equal("This reset link cannot be used", late.QuerySelector("h1")!.TextContent);
        await PageClient.SignedInAsync(shared.App, email, NewPassword);
    }

    [Theory]
    [InlineData("?email=nobody%40test.example&token=QUJD")]
    [InlineData("?token=QUJD")]
    [InlineData("")]
    public async Task AnEditedOrIncompleteLinkCannotBeUsed(string query)
    {
        var page = await PageClient.Anonymous(shared.App).GetAsync($"/reset-password{query}");

        Assert.Equal("This reset link cannot be used", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent == PasswordResets.UnusableToken);
    }

    [Fact]
    public async Task AnExpiredLinkCannotBeUsed()
    {
        using var mail = MailServer.Start();
        // Identity's token provider reads the system clock, not TimeProvider: a lifetime below zero expires every link.
        await using var app = new CpdTrackerApplication
        {
            Settings = mail.Settings,
            TestServices = s =>
                s.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromMinutes(-1)),
        };
        var society = new Society(await app.CreateAdminClientAsync());
        var email = await app.CreateMemberAccountAsync(await society.AddMember("Dr Liam Walsh"));
        var browser = PageClient.Anonymous(app);
        await AskAsync(browser, await browser.GetAsync("/forgot-password"), email);
        await app.WaitForJobsAsync();
        var link = ResetLink(mail, email).Replace("https://cpd.test.example", "", StringComparison.Ordinal);

        Assert.Equal("This reset link cannot be used", (await browser.GetAsync(link)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task FormPostsAreRateLimitedLikeTheApiButViewingThePageIsNot()
    {
        await using var app = new CpdTrackerApplication { AuthPerMinute = 2 };
        var browser = PageClient.Anonymous(app);
        var form = await browser.GetAsync("/forgot-password");
        var posts = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            posts.Add((await AskAsync(browser, form, "a@test.example")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], posts);
        await browser.GetAsync("/forgot-password");
        await browser.GetAsync("/reset-password");
    }

    private async Task<string> RequestLinkAsync(PageClient browser, string email)
    {
        await AskAsync(browser, await browser.GetAsync("/forgot-password"), email);
        await Eventually.Until(() => Task.FromResult(shared.Mail.To(email)), m => m.Count > 0);
        return ResetLink(shared.Mail, email).Replace("https://cpd.test.example", "", StringComparison.Ordinal);
    }

    private static string ResetLink(MailServer mail, string email) =>
        ResetLinkPattern().Match(Assert.Single(mail.To(email)).TextBody ?? "").Value;

    private static Task<HttpResponseMessage> AskAsync(PageClient browser, IDocument form, string email) =>
        browser.SubmitAsync(form, "forgot-password", new() { ["Input.Email"] = email });

    private static Task<HttpResponseMessage> SetAsync(
        PageClient browser, IDocument page, string password, string? confirm = null) =>
        browser.SubmitAsync(page, "reset-password", new()
        {
            ["Input.NewPassword"] = password, ["Input.Confirm"] = confirm ?? password,
        });

    private static string ErrorText(IDocument page, string field) =>
        page.QuerySelector($"#{field}-error")!.TextContent.Replace("Error: ", "", StringComparison.Ordinal);

    [GeneratedRegex(@"https://cpd\.test\.example/reset-password\?\S+")]
    private static partial Regex ResetLinkPattern();

    /// <summary>One application sending to one loopback SMTP server, with an account per test.</summary>
    public sealed class MailedApp : IAsyncLifetime
    {
        public MailedApp() => App = new CpdTrackerApplication { Settings = Mail.Settings };

        public MailServer Mail { get; } = MailServer.Start();

        public CpdTrackerApplication App { get; }

        public async Task<string> AccountAsync()
        {
            var society = new Society(await App.SharedAdminClientAsync());
            return await App.CreateMemberAccountAsync(await society.AddMember("Dr Zoë O'Brien"));
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            Mail.Dispose();
        }
    }
}
