using System.IO.Compression;
using CpdTracker.Api.Features.Cpd;
using UglyToad.PdfPig;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The application is shared; each test has a certified member of its own.</summary>
public sealed class MyCpdPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>, IAsyncLifetime
{
    private CertifiedMember _s = default!;

    public async Task InitializeAsync() => _s = await CertifiedMember.CreateAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AMemberSeesTheStatementOfTheirCollegeWithProgressAndEveryCreditedLine()
    {
        var browser = await PageClient.SignedInAsync(_s.App, _s.Email);
        var statement = await (await _s.Society.Client.GetAsync(
                $"/api/members/{_s.Member}/cpd?college=RNZCGP&date=2026-11-22"))
            .ReadAs<CpdStatementResponse>(HttpStatusCode.OK);

        var page = await browser.GetAsync("/my/cpd");

        Assert.Contains("Mere Tūhoe-Ngāwai · as at 22 November 2026", page.QuerySelector(".lead")!.TextContent);
        var section = page.QuerySelector("section[aria-labelledby=college-RNZCGP]")!;
        Assert.Contains("member NZ-20871", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(statement.Requirements.Count, section.QuerySelectorAll("progress").Length);
        Assert.Equal(statement.Requirements[0].Achieved.ToString(System.Globalization.CultureInfo.InvariantCulture),
            section.QuerySelector("progress")!.GetAttribute("value"));
        Assert.Contains("still needed", section.QuerySelector(".requirement")!.TextContent);
        var lines = section.QuerySelectorAll("ol.lines li");
        Assert.Equal(statement.Lines.Count, lines.Length);
        Assert.Contains("17 November 2026", lines[0].TextContent);
        Assert.Contains(statement.Lines[0].Explanation, lines[0].TextContent);
        Assert.Equal("/my/cpd/RNZCGP/period.zip", section.QuerySelector("a[href$='.zip']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AMemberDownloadsTheirNewestCertificateFromTheTopOfMyCpdButNotAnotherMembersOne()
    {
        var mine = await PageClient.SignedInAsync(_s.App, _s.Email);
        var theirs = await PageClient.SignedInAsync(_s.App, _s.OtherEmail);
        var page = await mine.GetAsync("/my/cpd");
        // Under the name, before every college's statement: the certificate a member who was just told about comes for.
        var link = page.QuerySelector("p.jump a")!.GetAttribute("href")!;
        Assert.Equal(
            link,
            page.QuerySelector("#documents ~ ul.documents a, #documents ~ h3 + ul.documents a")!.GetAttribute("href"));

        var download = await mine.Http.GetAsync(link);
        var refused = await theirs.Http.GetAsync(link);
        var anonymous = await PageClient.Anonymous(_s.App).Http.GetAsync(link);

        Assert.Equal($"/my/documents/{_s.CertificateId}.pdf", link);
        Assert.Equal(await _s.PdfAsync(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal($"{_s.Certificate.Number}.pdf", download.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin?ReturnUrl=", PageClient.Target(anonymous));
    }

    [Fact]
    public async Task AMarkedRegisterWaitsForItsLockOnMyCpdButACancelledMeetingDoesNot()
    {
        var group = await _s.Society.AddGroup(await _s.Society.AddMember("Leader"), [_s.Member], "Pacific/Auckland");
        var waiting = (await _s.Society.ScheduleMeeting(group, "2026-11-19T18:30")).Id;
        var cancelled = (await _s.Society.ScheduleMeeting(group, "2026-11-20T18:30")).Id;
        foreach (var meeting in new[] { waiting, cancelled })
        {
            await (await _s.Society.SaveRegister(meeting, new { memberId = _s.Member, status = "Present" }))
                .ReadJson(HttpStatusCode.OK);
        }

        await (await _s.Society.Client.PostAsJsonAsync($"/api/meetings/{cancelled}/cancel", new { reason = "Snow" }))
            .ReadJson(HttpStatusCode.OK);

        var page = await (await PageClient.SignedInAsync(_s.App, _s.Email)).GetAsync("/my/cpd");

        var open = page.QuerySelectorAll("section[aria-labelledby=open-registers] li")
            .Select(li => li.TextContent)
            .ToList();
        Assert.Equal(["Test groupThursday 19 November 2026, 6:30 pm NZDT"], open);
    }

    [Fact]
    public async Task ThePeriodZipHoldsTheCertificatesOfThePeriodAndTheInterimStatement()
    {
        var browser = await PageClient.SignedInAsync(_s.App, _s.Email);

        var response = await browser.Http.GetAsync("/my/cpd/RNZCGP/period.zip");
        var other = await browser.Http.GetAsync("/my/cpd/RACGP/period.zip");

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).Order().ToList();
        Assert.Equal([$"{_s.Certificate.Number}.pdf", "interim-RNZCGP-2026-01-01.pdf"], names);
        using var interim = new MemoryStream();
        await using (var entry = await zip.GetEntry("interim-RNZCGP-2026-01-01.pdf")!.OpenAsync())
        {
            await entry.CopyToAsync(interim);
        }

        using var pdf = PdfDocument.Open(interim.ToArray());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Mere Tūhoe-Ngāwai", text);
        Assert.Contains("Interim", text);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }
}
