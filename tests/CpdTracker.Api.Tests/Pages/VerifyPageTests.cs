using CpdTracker.Api.Data;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The application is shared; each test has a certified member of its own.</summary>
public sealed class VerifyPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>, IAsyncLifetime
{
    private CertifiedMember _s = default!;

    public async Task InitializeAsync() => _s = await CertifiedMember.CreateAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnyoneSeesAValidCertificateWithItsHolderCreditAndIssueDateAndNothingElse()
    {
        var page = await PageClient.Anonymous(_s.App).GetAsync($"/verify/{_s.Code.ToLowerInvariant()}");

        Assert.Equal("Valid", page.QuerySelector(".verdict h2")!.TextContent);
        var facts = Facts(page);
        Assert.Equal("Mere Tūhoe-Ngāwai", facts["Holder"]);
        Assert.Equal("17 November 2026, 6:30 pm NZDT", facts["When"]);
        Assert.Contains("RNZCGP: 1.5", facts["Credit shown"]);
        Assert.Equal(_s.Certificate.Number, facts["Number"]);
        Assert.Matches(@"^\d{1,2} November 2026$", facts["Issued"]);
        Assert.DoesNotContain("NZ-20871", page.Body!.TextContent);
        Assert.DoesNotContain(_s.Certificate.Sha256, page.Body!.TextContent);
    }

    [Fact]
    public async Task TheIssuedFileIsRecognisedAndAnEditedFileIsNot()
    {
        var browser = PageClient.Anonymous(_s.App);
        var page = await browser.GetAsync($"/verify/{_s.Code}");
        var pdf = await _s.PdfAsync();
        var edited = pdf.ToArray();
        edited[^20] ^= 0x01;

        var same = await PageClient.ReadAsync(
            await browser.SubmitAsync(page, "check-file", [], ("file", pdf, "certificate.pdf")));
        var changed = await PageClient.ReadAsync(
            await browser.SubmitAsync(page, "check-file", [], ("file", edited, "certificate.pdf")));
        var none = await PageClient.ReadAsync(await browser.SubmitAsync(page, "check-file", []));

        Assert.Equal("Valid, and this is the issued file", same.QuerySelector(".verdict h2")!.TextContent);
        Assert.Equal("Not the issued file", changed.QuerySelector(".verdict h2")!.TextContent);
        Assert.Equal(
            "Choose the PDF file to check.",
            none.QuerySelector("#file-error")!.TextContent.Replace("Error: ", ""));
    }

    [Fact]
    public async Task ACorrectedCertificateIsSupersededByItsNewNumberAndARevokedOneSaysSo()
    {
        var admin = _s.Society.Client;
        await (await admin.PostAsJsonAsync($"/api/meetings/{_s.Meeting}/unlock", new { reason = "Mere left early" }))
            .ReadJson(HttpStatusCode.OK);
        await (await admin.PutAsJsonAsync(
                $"/api/meetings/{_s.Meeting}/attendance/{_s.Member}",
                new { status = "LeftEarly", minutesAttended = 45 }))
            .ReadJson(HttpStatusCode.OK);
        await _s.Society.Lock(_s.Meeting);
        var all = await _s.Society.CertificatesWhen(_s.Member, l => l.Count == 2);
        var newest = all.Single(c => c.Status == DocumentStatus.Valid);
        await (await admin.PostAsJsonAsync($"/api/certificates/{newest.Id}/revoke", new { reason = "Issued in error" }))
            .ReadJson(HttpStatusCode.OK);
        var browser = PageClient.Anonymous(_s.App);

        var superseded = await browser.GetAsync($"/verify/{_s.Code}");
        var revoked = await browser.GetAsync($"/verify/{newest.VerificationCode}");

        Assert.Equal($"Superseded by {newest.Number}", superseded.QuerySelector(".verdict h2")!.TextContent);
        Assert.Equal("Revoked", revoked.QuerySelector(".verdict h2")!.TextContent);
    }

    [Fact]
    public async Task AnUnknownCodeIsNotFoundAndTheCodeFormLeadsToTheResult()
    {
        var browser = PageClient.Anonymous(_s.App);

        var unknown = await browser.GetAsync("/verify/ZZZZ-ZZZZ-ZZZZ", HttpStatusCode.NotFound);
        var start = await browser.GetAsync("/verify");
        var posted = await browser.SubmitAsync(start, "verify-code", new() { ["Input.Code"] = $" {_s.Code} " });

        Assert.Equal("No document has this code", unknown.QuerySelector("h1")!.TextContent);
        Assert.Equal($"/verify/{_s.Code}", PageClient.Target(posted));
    }

    [Fact]
    public async Task ThePageIsRateLimitedLikeTheApi()
    {
        await using var own = new CpdTrackerApplication { VerifyPerMinute = 2 };
        var browser = PageClient.Anonymous(own);

        await browser.GetAsync("/verify/ZZZZ-ZZZZ-ZZZZ", HttpStatusCode.NotFound);
        await browser.GetAsync("/verify/ZZZZ-ZZZZ-ZZZZ", HttpStatusCode.NotFound);
        var limited = await browser.GetAsync("/verify/ZZZZ-ZZZZ-ZZZZ", HttpStatusCode.TooManyRequests);

        Assert.Equal("Too many attempts", limited.QuerySelector("h1")!.TextContent);
    }

    private static Dictionary<string, string> Facts(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("dl.facts dt")
            .ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent.Trim());
}
