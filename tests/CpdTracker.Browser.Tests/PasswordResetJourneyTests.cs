using CpdTracker.Api.Features.Auth;
using CpdTracker.Api.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Browser.Tests;

[Collection(ServedAppCollection.Name)]
public sealed class PasswordResetJourneyTests(ServedApp served)
{
    private const string NewPassword = "Harbour-Lights-42";

    [Fact]
    public async Task AMemberWhoForgotTheirPasswordSetsANewOneFromTheEmailedLinkAndSignsInWithIt()
    {
        var email = await AccountOfAMemberWithoutOneAsync();
        var page = await served.NewPageAsync(390, 844);
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.WaitForURLAsync("**/forgot-password");
        await Axe.AssertCleanAsync(page);

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(PasswordResets.OnItsWay);

        await page.GotoAsync(await served.ResetLinkAsync(email));
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToHaveTextAsync("Choose a new password");
        await Axe.AssertCleanAsync(page);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("New password again").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set new password" }).ClickAsync();
        await page.WaitForURLAsync("**/signin?passwordset=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is set");

        await SignInAsync(page, email, CpdTrackerApplication.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(AuthEndpoints.SignInRefusal);
        await SignInAsync(page, email, NewPassword);
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>An account, with the shared test password, for a demo member no other test signs in as.</summary>
    private async Task<string> AccountOfAMemberWithoutOneAsync()
    {
        await using var scope = served.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        var member = db.Members.Where(m => m.Id > 5 && !db.Users.Any(u => u.MemberId == m.Id)).OrderBy(m => m.Id)
            .First();
        var accounts = scope.ServiceProvider.GetRequiredService<BootstrapAdmin>();
        await accounts.CreateAsync(member.Email, CpdTrackerApplication.Password, member.Id, admin: false);
        return member.Email;
    }
}
