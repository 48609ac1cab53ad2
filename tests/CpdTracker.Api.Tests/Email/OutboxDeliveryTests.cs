using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static CpdTracker.Api.Tests.Infrastructure.Outbox;

namespace CpdTracker.Api.Tests.Email;

/// <summary>The outbox sends each message once: however many send jobs run at once, across a stop, and while the
/// server is down; a message the server refuses for good is kept as Failed with the server's answer.</summary>
public sealed class OutboxDeliveryTests
{
    private static async Task<(HttpClient Admin, Dictionary<int, string> Emails)> InviteAsync(
        CpdTrackerApplication app, int count)
    {
        var admin = await app.CreateAdminClientAsync();
        var society = new Society(admin);
        var emails = new Dictionary<int, string>();
        for (var i = 0; i < count; i++)
        {
            var member = await society.AddMember($"Member {i}");
            var invited = await (await admin.PostAsync($"/api/members/{member}/invitation", null))
                .ReadJson(HttpStatusCode.OK);
            emails[member] = invited["email"]!.GetValue<string>();
        }

        return (admin, emails);
    }

    [Fact]
    public async Task ThreeSendJobsRunningAtOnceSendEachMessageOnce()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings, RunJobs = false };
        var (admin, emails) = await InviteAsync(app, 12);
        Assert.Equal(12, (await ListAsync(admin, "Pending")).Count);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => SendAsync(app))));

        Assert.Equal(12, mail.Messages.Count);
        Assert.All(emails.Values, email => Assert.Single(mail.To(email)));
        Assert.Equal(12, (await ListAsync(admin, "Sent")).Count);
    }

    [Fact]
    public async Task MessagesWaitWhileTheServerIsDownAndAreSentOnceItIsUp()
    {
        using var mail = MailServer.NotStarted();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var (admin, emails) = await InviteAsync(app, 2);
        await app.WaitForJobsAsync();

        var waiting = await ListAsync(admin, "Pending");
        Assert.Equal(2, waiting.Count);
        Assert.Contains(waiting,
            m => m!["attempts"]!.GetValue<int>() >= 1 && m["lastError"]!.GetValue<string>().Length > 0);

        mail.Listen();
        app.Clock.Advance(TimeSpan.FromHours(1));
        await SendAsync(app);
        await SendAsync(app);

        admin = await app.CreateAdminClientAsync(); // The hour also ended the first access token.
        Assert.All(emails.Values, email => Assert.Single(mail.To(email)));
        Assert.Empty(await ListAsync(admin, "Pending"));
        Assert.Equal(2, (await ListAsync(admin, "Sent")).Count);
    }

    [Fact]
    public async Task AMessageTheServerRefusesForGoodIsFailedWithItsAnswerForAdministrators()
    {
        using var server = new RejectingSmtpServer();
        await using var app = new CpdTrackerApplication { Settings = server.Settings };
        var (admin, _) = await InviteAsync(app, 1);
        await app.WaitForJobsAsync();

        var failed = Assert.Single(await ListAsync(admin, "Failed"))!;
        Assert.Contains("550", failed["lastError"]!.GetValue<string>());
        Assert.Equal(1, failed["attempts"]!.GetValue<int>());
        Assert.Equal("Invitation", failed["kind"]!.GetValue<string>());
        var health = await app.CreateClient().GetAsync("/health");
        Assert.Contains("1 failed in the last day", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AMessageQueuedBeforeAStopIsSentOnceAfterTheRestart()
    {
        using var mail = MailServer.Start();
        var file = CpdTrackerApplication.NewDatabaseFile();
        string email;
        await using (var stopped = new CpdTrackerApplication
        {
            DatabaseFile = file,
            KeepDatabase = true,
            RunJobs = false,
            Settings = mail.Settings,
        })
        {
            var (admin, emails) = await InviteAsync(stopped, 1);
            email = emails.Values.Single();
            Assert.Single(await ListAsync(admin, "Pending"));
        }

        Assert.Empty(mail.Messages);
        await using var restarted = new CpdTrackerApplication { DatabaseFile = file, Settings = mail.Settings };
        var client = await restarted.CreateAdminClientAsync();
        await restarted.WaitForJobsAsync();
        // Three runs at once, each in a scope (and with a context) of its own, as three job workers would run them.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var scope = restarted.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Jobs.ReconciliationJob>().RunAsync(default);
        }));

        await restarted.WaitForJobsAsync();
        Assert.Single(mail.To(email));
        Assert.Single(await ListAsync(client, "Sent"));
    }

    [Fact]
    public async Task WithoutAPublicAddressTheAppDoesNotStartEvenIfDocumentsPrintAnotherVerificationPrefix()
    {
        await using var app = new CpdTrackerApplication
        {
            Environment = "Production",
            Settings = { ["App:PublicBaseUrl"] = "", ["Certificates:VerifyBaseUrl"] = "https://check.example/v/" },
        };

        Assert.Contains("the links in emails start with it",
            Assert.ThrowsAny<Exception>(() => app.Services).ToString());
    }

    [Fact]
    public async Task WithoutAnSmtpServerEachMessageIsWrittenToThePickupFolderBesideTheDatabase()
    {
        await using var app = new CpdTrackerApplication();
        var (_, emails) = await InviteAsync(app, 1);
        await app.WaitForJobsAsync();

        var file = Assert.Single(
            Directory.GetFiles(Path.Combine(Path.GetDirectoryName(app.DatabaseFile)!, "mail"), "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(emails.Values.Single(), message.To.Mailboxes.Single().Address);
        Assert.Contains("/invitation/", message.TextBody);
    }
}
