namespace CpdTracker.Api.Tests.Pages;

/// <summary>The application is shared; each test signs in with a member's account of its own.</summary>
public sealed class SignInPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>, IAsyncLifetime
{
    private string _email = "";

    public async Task InitializeAsync()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        _email = await app.CreateMemberAccountAsync(
            await society.AddMember("Dr Zoë O'Brien", "GP", "AU", new { college = "RACGP", memberNumber = "551203" }));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ASignedOutVisitorOfAMemberPageSignsInAndIsBroughtBack()
    {
        var browser = PageClient.Anonymous(app);

        var visit = await browser.Http.GetAsync("/my/cpd");
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Fmy%2Fcpd", PageClient.Target(visit));

        var signIn = await browser.GetAsync(PageClient.Target(visit));
        var posted = await browser.SubmitAsync(
            signIn, "signin", new() { ["Input.Email"] = _email, ["Input.Password"] = CpdTrackerApplication.Password });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/my/cpd", PageClient.Target(posted));

        var page = await browser.GetAsync("/my/cpd");
        Assert.Equal("My CPD", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AWrongPasswordAnUnknownEmailAndALockedAccountGetTheSameMessage()
    {
        var browser = PageClient.Anonymous(app);
        var page = await browser.GetAsync("/signin");

        var unknown = await PageClient.ReadAsync(await browser.SubmitAsync(
            page,
            "signin",
            new() { ["Input.Email"] = "nobody@test.example", ["Input.Password"] = "Wrong-Password-1" }));
        var wrong = await PageClient.ReadAsync(await browser.SubmitAsync(
            page, "signin", new() { ["Input.Email"] = _email, ["Input.Password"] = "Wrong-Password-1" }));

        Assert.Equal(
            CpdTracker.Api.Features.Auth.AuthEndpoints.SignInRefusal,
            unknown.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.Equal(
            unknown.QuerySelector("[role=alert]")!.TextContent, wrong.QuerySelector("[role=alert]")!.TextContent);
        Assert.DoesNotContain(
            wrong.QuerySelectorAll("input[type=password]"), i => !string.IsNullOrEmpty(i.GetAttribute("value")));
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            wrong = await PageClient.ReadAsync(await browser.SubmitAsync(
                page, "signin", new() { ["Input.Email"] = _email, ["Input.Password"] = "Wrong-Password-1" }));
        }

        // Five wrong passwords lock the account: now the right one is refused too, in the same words.
        var locked = await PageClient.ReadAsync(await browser.SubmitAsync(
            page, "signin", new() { ["Input.Email"] = _email, ["Input.Password"] = CpdTrackerApplication.Password }));
        Assert.Equal(
            unknown.QuerySelector("[role=alert]")!.TextContent, locked.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task EmptyFieldsAreNamedNextToTheirInputs()
    {
        var browser = PageClient.Anonymous(app);
        var page = await PageClient.ReadAsync(await browser.SubmitAsync(
            await browser.GetAsync("/signin"), "signin", new() { ["Input.Email"] = "", ["Input.Password"] = "" }));

        Assert.Equal("true", page.QuerySelector("#email")!.GetAttribute("aria-invalid"));
        Assert.Contains("email-error", page.QuerySelector("#email")!.GetAttribute("aria-describedby"));
        Assert.Contains("must not be empty", page.QuerySelector("#email-error")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".error-summary a").Length);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task AReturnUrlToAnotherSiteIsIgnored(string returnUrl)
    {
        var browser = PageClient.Anonymous(app);
        var page = await browser.GetAsync($"/signin?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        var posted = await browser.SubmitAsync(
            page, "signin", new() { ["Input.Email"] = _email, ["Input.Password"] = CpdTrackerApplication.Password });

        Assert.Equal("/", PageClient.Target(posted));
    }

    [Fact]
    public async Task AFormPostWithoutTheAntiforgeryTokenIsRefused()
    {
        var browser = PageClient.Anonymous(app);
        var response = await browser.Http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Input.Email"] = _email, ["Input.Password"] = CpdTrackerApplication.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(
            response.Headers,
            h => h.Key == "Set-Cookie"
                && h.Value.Any(v => v.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var browser = await PageClient.SignedInAsync(app, _email);
        var home = await browser.GetAsync("/my/cpd");
        var signOut = home.QuerySelector("form[action='/signout']")!;
        var token = signOut.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var forged = await browser.Http.PostAsync(
            "/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var response = await browser.Http.PostAsync(
            "/signout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/signin?signedout=true", PageClient.Target(response));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/my/cpd")).StatusCode);
    }
}
