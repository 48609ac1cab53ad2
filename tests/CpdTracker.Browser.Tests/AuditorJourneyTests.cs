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

        await page.GetByLabel("Verification code").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verdict h2")).ToHaveTextAsync("Valid");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Dr Zoë O'Brien");
        await Axe.AssertCleanAsync(page);

        await page.GetByLabel("PDF file").SetInputFilesAsync(new FilePayload { Name = "certificate.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verdict h2")).ToHaveTextAsync("Valid, and this is the issued file");

        var edited = pdf.ToArray();
        edited[^20] ^= 0x01;
        await page.GetByLabel("PDF file").SetInputFilesAsync(new FilePayload { Name = "certificate.pdf", MimeType = "application/pdf", Buffer = edited });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator(".verdict h2")).ToHaveTextAsync("Not the issued file");
        await Axe.AssertCleanAsync(page);
    }

    private async Task<(string Code, byte[] Pdf)> ACertificateAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        var document = db.IssuedDocuments.Where(d => d.MemberId == ServedApp.ClinicianId && d.Kind == CpdTracker.Api.Data.DocumentKind.AttendanceCertificate)
            .OrderByDescending(d => d.Id).Select(d => new { d.VerificationCode, d.Pdf }).First();
        return (document.VerificationCode, document.Pdf);
    }
}
