using System.Text.RegularExpressions;
using MimeKit;
using static CpdTracker.Api.Tests.Infrastructure.Outbox;

namespace CpdTracker.Api.Tests.Email;

/// <summary>Forgotten passwords: one answer whoever asks, a mail only to an account holder, and a reset that ends old
/// sessions.</summary>
public sealed partial class PasswordEmailTests
{
    private static async Task<HttpStatusCode> MeAsync(CpdTrackerApplication app, string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return (await client.GetAsync("/api/me")).StatusCode;
    }

    private static async Task<string> SignInAsync(CpdTrackerApplication app, string email, string password) =>
        (await (await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password }))
            .ReadJson(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();

    [Fact]
    public async Task ForgotPasswordAnswersTheSameForKnownAndUnknownEmailsAndMailsOnlyTheAccountHolder()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var admin = await app.CreateAdminClientAsync();
        var email = await app.CreateMemberAccountAsync(await new Society(admin).AddMember("Dr Zoë O'Brien"));
        var anonymous = app.CreateClient();

        var known = await anonymous.PostAsJsonAsync("/api/auth/forgot-password", new { email });
        var unknown = await anonymous.PostAsJsonAsync("/api/auth/forgot-password",
            new { email = "nobody@test.example" });
        await app.WaitForJobsAsync();

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        Assert.Equal(known.Content.Headers.ContentType?.ToString(), unknown.Content.Headers.ContentType?.ToString());
        var message = Assert.Single(mail.Messages);
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.Contains("https://cpd.test.example/reset-password?email=", Text(message));
    }

    [Fact]
    public async Task TheTokenInTheResetMailSetsANewPasswordOnceAndEndsTheOldSessions()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var admin = await app.CreateAdminClientAsync();
        var email = await app.CreateMemberAccountAsync(await new Society(admin).AddMember("Dr Zoë O'Brien"));
        var before = await SignInAsync(app, email, CpdTrackerApplication.Password);

        await app.CreateClient().PostAsJsonAsync("/api/auth/forgot-password", new { email });
        await app.WaitForJobsAsync();
        var link = new Uri(ResetLink().Match(Text(Assert.Single(mail.Messages))).Value);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        Assert.Equal(email, query["email"].ToString());
        var reset = new { email, token = query["token"].ToString(), newPassword = "A-New-Password-1" };

        Assert.Equal(HttpStatusCode.NoContent,
            (await app.CreateClient().PostAsJsonAsync("/api/auth/reset-password", reset)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(app, before));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(app, await SignInAsync(app, email, "A-New-Password-1")));
        var again = await app.CreateClient().PostAsJsonAsync("/api/auth/reset-password",
            reset with { newPassword = "Another-Password-2" });
        Assert.Contains("ask for a new one", await again.ProblemFor("token"));

        await app.WaitForJobsAsync();
        var notice = Assert.Single(mail.Messages,
            m => (m.Subject ?? "").Contains("password was changed", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(email, notice.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task AcceptingAnInvitationThatReplacesAPasswordSendsANotice()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var admin = await app.CreateAdminClientAsync();
        var member = await new Society(admin).AddMember("Dr Zoë O'Brien");
        var firstInvitation = await (await admin.PostAsync($"/api/members/{member}/invitation", null))
            .ReadJson(HttpStatusCode.OK);
        var token = firstInvitation["token"]!.GetValue<string>();
        await app.CreateClient().PostAsJsonAsync("/api/auth/accept-invitation",
            new { token, password = "First-Password-1" });
        var secondInvitation = await (await admin.PostAsync($"/api/members/{member}/invitation", null))
            .ReadJson(HttpStatusCode.OK);
        var second = secondInvitation["token"]!.GetValue<string>();
        await app.CreateClient().PostAsJsonAsync("/api/auth/accept-invitation",
            new { token = second, password = "Second-Password-2" });
        await app.WaitForJobsAsync();

        Assert.Equal(2,
            mail.Messages.Count(m => (m.Subject ?? "").Contains("invit", StringComparison.OrdinalIgnoreCase)));
        Assert.Single(mail.Messages,
            m => (m.Subject ?? "").Contains("password was changed", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"https://cpd\.test\.example/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
