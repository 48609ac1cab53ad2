using CpdTracker.Api.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The administrator's email page: a message the mail server refused for good is listed as Failed with the
/// server's answer, from the same query as GET /api/outbox. (Who may open it: AdminPageAccessTests.)</summary>
public sealed class AdminOutboxPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task AFailedMessageIsListedWithTheMailServersAnswerAndTheFilterKeepsToItsStatus()
    {
        var subject = $"Certificate of attendance {Guid.NewGuid():N}";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Outbox.Add(new OutboxMessage
            {
                Kind = MessageKind.Document,
                Key = subject,
                Recipient = "refused@example.org",
                Subject = subject,
                Body = "…",
                MessageId = $"{Guid.NewGuid():N}@cpd.test.example",
                Status = MessageStatus.Failed,
                Attempts = 12,
                CreatedAtUtc = now.AddHours(-30),
                NextAttemptAtUtc = now,
                FailedAtUtc = now.AddHours(-1),
                LastError = "550 5.1.1 <refused@example.org>: Recipient address rejected",
            });
            await db.SaveChangesAsync();
        }

        var admin = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);
        var failed = await admin.GetAsync("/admin/outbox?status=Failed");
        var sent = await admin.GetAsync("/admin/outbox?status=Sent");

        var item = failed.QuerySelectorAll("ul.records li").Single(li => li.TextContent.Contains(subject));
        Assert.Contains("to refused@example.org", item.TextContent);
        Assert.Contains("Failed", item.QuerySelector(".tag")!.TextContent);
        Assert.Contains("12 attempts", System.Text.RegularExpressions.Regex.Replace(item.TextContent, @"\s+", " "));
        Assert.Equal("Last error: 550 5.1.1 <refused@example.org>: Recipient address rejected",
            item.QuerySelector(".field-error")!.TextContent);
        Assert.Equal("Failed messages", failed.QuerySelector("h2#messages")!.TextContent);
        Assert.DoesNotContain(subject, sent.Body!.TextContent);
    }
}
