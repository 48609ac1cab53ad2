using System.IO.Compression;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

[Collection(ServedAppCollection.Name)]
public sealed class ClinicianJourneyTests(ServedApp served, ITestOutputHelper output)
{
    [Fact]
    public async Task OnAPhoneAClinicianSignsInSeesProgressAndDownloadsACertificateAndThePeriodZip()
    {
        var page = await served.NewPageAsync(390, 844);
        var weight = await PageWeight.MeasureAsync(page, () => page.GotoAsync("/my/cpd"));
        output.WriteLine($"sign-in page, first load: {weight}");
        Assert.EndsWith("/signin?ReturnUrl=%2Fmy%2Fcpd", page.Url);
        await Axe.AssertCleanAsync(page);

        await page.GetByLabel("Email").FillAsync(ServedApp.ClinicianEmail);
        await page.GetByLabel("Password").FillAsync(CpdTrackerApplication.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/my/cpd");

        output.WriteLine("My CPD, signed in, stylesheet and script cached: "
            + $"{await PageWeight.MeasureAsync(page, () => page.ReloadAsync())}");

        var racgp = page.Locator("section[aria-labelledby=college-RACGP]");
        await Assertions.Expect(racgp.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("RACGP");
        Assert.True(await racgp.Locator("progress").CountAsync() >= 1);
        Assert.Matches(
            @"\d+(\.\d+)? hours? of \d+ hours", await racgp.Locator(".requirement-head").First.InnerTextAsync());
        await racgp.GetByText("and the credit for each").ClickAsync();
        await Assertions.Expect(racgp.Locator("ol.lines li").First).ToBeVisibleAsync();
        await Axe.AssertCleanAsync(page);
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the page scrolls sideways on a phone");

        var newest = page.Locator("p.jump a").First;
        var certificate = await page.RunAndWaitForDownloadAsync(() => newest.ClickAsync());
        var pdfText = Text(await File.ReadAllBytesAsync((await certificate.PathAsync())!));
        Assert.Contains("Zoë O'Brien", pdfText);
        Assert.Matches(@"^(AC|WC)-\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}\.pdf$", certificate.SuggestedFilename);

        var period = await page.RunAndWaitForDownloadAsync(() => racgp
            .GetByRole(AriaRole.Link, new() { Name = "Everything for this period (ZIP)" })
            .ClickAsync());
        using var zip = ZipFile.OpenRead((await period.PathAsync())!);
        var interim = Assert.Single(zip.Entries, e => e.Name.StartsWith("interim-RACGP-", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.Name.StartsWith("AC-", StringComparison.Ordinal));
        using var copy = new MemoryStream();
        await using (var entry = await interim.OpenAsync())
        {
            await entry.CopyToAsync(copy);
        }

        Assert.Contains("Interim", Text(copy.ToArray()));
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => p.Text));
    }
}
