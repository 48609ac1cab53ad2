using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpdTracker.Browser.Tests;

[Collection(ServedAppCollection.Name)]
public sealed class AuditorJourneyTests(ServedApp served, ITestOutputHelper output)
{
    [Fact]
    public async Task AnAuditorChecksACodeThenTheIssuedFileAndAnEditedOne()
    {
        var (code, pdf) = await ACertificateAsync();
        var page = await served.NewPageAsync(1280, 800);
        var weight = await PageWeight.MeasureAsync(page, () => page.GotoAsync("/verify"));
        output.WriteLine($"verification page, first load: {weight}");
        await Axe.AssertCleanAsync(page);

        // By keyboard alone: focus starts at the page's heading, so the first Tab reaches the code field, and Enter
        // submits it; "Skip to content" is the first stop of the page for whoever starts from the top.
        Assert.Equal(
            "Skip to content",
            await page.EvaluateAsync<string>("() => document.querySelector('a, button, input').textContent"));
        await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("code", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync(code.ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".verdict h2")).ToHaveTextAsync("Valid");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Dr Zoë O'Brien");
        await Axe.AssertCleanAsync(page);

        await page.GetByLabel("PDF file").SetInputFilesAsync(new FilePayload
        {
            Name = "certificate.pdf",
            MimeType = "application/pdf",
            Buffer = pdf,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verdict h2")).ToHaveTextAsync("Valid, and this is the issued file");

        var edited = pdf.ToArray();
        edited[^20] ^= 0x01;
        await page.GetByLabel("PDF file").SetInputFilesAsync(new FilePayload
        {
            Name = "certificate.pdf",
            MimeType = "application/pdf",
            Buffer = edited,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verdict h2")).ToHaveTextAsync("Not the issued file");
        await Axe.AssertCleanAsync(page);
    }

    private async Task<(string Code, byte[] Pdf)> ACertificateAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        var document = db.IssuedDocuments
            .Where(d => d.MemberId == ServedApp.ClinicianId
                && d.Kind == CpdTracker.Api.Data.DocumentKind.AttendanceCertificate)
            .OrderByDescending(d => d.Id)
            .Select(d => new { d.VerificationCode, d.Pdf })
            .First();
        return (document.VerificationCode, document.Pdf);
    }
}
