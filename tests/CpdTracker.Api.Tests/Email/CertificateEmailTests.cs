using UglyToad.PdfPig;
using static CpdTracker.Api.Tests.Infrastructure.Outbox;

namespace CpdTracker.Api.Tests.Email;

/// <summary>A locked register mails each attendee their certificate once; a correction says what changed; nothing is
/// mailed for what members did not just earn (opted out, old registers, the demo's history).</summary>
public sealed class CertificateEmailTests
{
    private sealed record Meeting(Society Society, int Id, int Leader, int Gp, int Psychologist, string LeaderEmail);

    private static async Task<Meeting> LockedMeetingAsync(
        CpdTrackerApplication app, string date = "2026-11-18", Func<HttpClient, int, Task>? before = null)
    {
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU",
            new { college = "RANZCP", memberNumber = "RP-1" });
        var gp = await society.AddMember("Dr Zoë O'Brien", "GP", "AU",
            new { college = "RACGP", memberNumber = "602117" });
        var psychologist = await society.AddMember("Sam Lee", "Psychologist", "AU",
            new { college = "PSYBA", memberNumber = "PSY0001", cycleStart = "2025-12-01" });
        if (before is not null)
        {
            await before(society.Client, gp);
        }

        var group = await society.AddGroup(leader, [gp, psychologist]);
        var meeting = (await society.Schedule(group, $"{date}T19:00"))["id"]!.GetValue<int>();
        await (await society.SaveRegister(meeting,
            new { memberId = gp, status = "Present" },
            new { memberId = psychologist, status = "Present" },
            new { memberId = leader, status = "Present" })).ReadJson(HttpStatusCode.OK);
        await (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
        await app.WaitForJobsAsync();
        return new Meeting(society, meeting, leader, gp, psychologist, await EmailOf(society, leader));
    }

    private static async Task<string> EmailOf(Society society, int member) =>
        (await (await society.Client.GetAsync($"/api/members/{member}"))
            .ReadJson(HttpStatusCode.OK))["email"]!.GetValue<string>();

    private static async Task<JsonNode> ValidCertificate(Society society, int member) =>
        (await (await society.Client.GetAsync($"/api/members/{member}/certificates")).ReadJson(HttpStatusCode.OK))
            .AsArray()
            .Single(d => d!["status"]!.GetValue<string>() == "Valid")!;

    [Fact]
    public async Task LockingARegisterMailsEachAttendeeTheirOwnCertificateOnce()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var m = await LockedMeetingAsync(app);

        await SendAsync(app);
        await app.WaitForJobsAsync();

        Assert.Equal(3, mail.Messages.Count);
        foreach (var (member, name) in
            new[] { (m.Gp, "Dr Zoë O'Brien"), (m.Psychologist, "Sam Lee"), (m.Leader, "Dr Helen Marsh") })
        {
            var message = Assert.Single(mail.To(await EmailOf(m.Society, member)));
            var certificate = await ValidCertificate(m.Society, member);
            using var pdf = PdfDocument.Open(Bytes(Pdf(message)!));
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains(name, text);
            Assert.Contains(certificate["number"]!.GetValue<string>(), text);
            Assert.Contains("18 November 2026", message.Subject + Text(message));
            // Replies go to the group's leader; the leader's own, to the society.
            Assert.Equal(member == m.Leader ? "cpd@test.example" : m.LeaderEmail,
                message.ReplyTo.Mailboxes.Single().Address);
            Assert.Equal("cpd@test.example", message.From.Mailboxes.Single().Address);
        }

        Assert.Contains("RACGP", Text(mail.To(await EmailOf(m.Society, m.Gp))[0]));
        Assert.Contains("1.5 hours", Text(mail.To(await EmailOf(m.Society, m.Gp))[0]));
    }

    [Fact]
    public async Task ARelockThatChangesCreditSendsOneMessageSayingWhatChanged()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var m = await LockedMeetingAsync(app);
        var old = (await ValidCertificate(m.Society, m.Gp))["number"]!.GetValue<string>();

        await (await m.Society.Client.PostAsJsonAsync($"/api/meetings/{m.Id}/unlock",
            new { reason = "Zoë left at 8 pm" })).ReadJson(HttpStatusCode.OK);
        await (await m.Society.Client.PutAsJsonAsync($"/api/meetings/{m.Id}/attendance/{m.Gp}",
            new { status = "LeftEarly", minutesAttended = 60 })).ReadJson(HttpStatusCode.OK);
        await (await m.Society.Client.PostAsync($"/api/meetings/{m.Id}/lock", null)).ReadJson(HttpStatusCode.OK);
        await app.WaitForJobsAsync();

        var renewed = (await ValidCertificate(m.Society, m.Gp))["number"]!.GetValue<string>();
        var messages = mail.To(await EmailOf(m.Society, m.Gp));
        Assert.Equal(2, messages.Count);
        var correction = Text(messages.Single(x => (x.Subject ?? "").Contains("Corrected", StringComparison.Ordinal)));
        Assert.Contains($"{old} → {renewed}", correction);
        Assert.Contains("1.5 hours → 1 hour", correction);
        Assert.Single(mail.To(await EmailOf(m.Society, m.Psychologist)));
        Assert.Single(mail.To(m.LeaderEmail));
    }

    [Fact]
    public async Task AMemberWhoOptedOutGetsNoCertificateMailButStillTheirInvitation()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var admin = await app.CreateAdminClientAsync();
        var m = await LockedMeetingAsync(app, before: async (client, gp) =>
        {
            var current = (await (await client.GetAsync($"/api/members/{gp}")).ReadJson(HttpStatusCode.OK)).AsObject();
            current["certificateEmails"] = false;
            await (await client.PutAsJsonAsync($"/api/members/{gp}", current)).ReadJson(HttpStatusCode.OK);
        });
        var gpEmail = await EmailOf(m.Society, m.Gp);

        var gpRecord = await (await admin.GetAsync($"/api/members/{m.Gp}")).ReadJson(HttpStatusCode.OK);
        Assert.False(gpRecord["certificateEmails"]!.GetValue<bool>());
        Assert.Empty(mail.To(gpEmail));
        Assert.Single(mail.To(await EmailOf(m.Society, m.Psychologist)));

        var invited = await (await admin.PostAsync($"/api/members/{m.Gp}/invitation", null))
            .ReadJson(HttpStatusCode.OK);
        var token = invited["token"]!.GetValue<string>();
        await app.WaitForJobsAsync();
        var invitation = Assert.Single(mail.To(gpEmail));
        Assert.Contains($"https://cpd.test.example/invitation/{token}", Text(invitation));
    }

    [Fact]
    public async Task ARegisterOlderThanTheEmailAgeIssuesItsCertificatesWithoutMail()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication { Settings = mail.Settings };
        var m = await LockedMeetingAsync(app, date: "2026-09-01");

        await ValidCertificate(m.Society, m.Gp);
        Assert.Empty(mail.Messages);
        Assert.Empty(await ListAsync(m.Society.Client));
    }

    [Fact]
    public async Task WithLinksConfiguredTheMessageLinksToTheDownloadInsteadOfAttachingThePdf()
    {
        using var mail = MailServer.Start();
        await using var app = new CpdTrackerApplication
        {
            Settings = new(mail.Settings)
            {
                ["Email:Certificates"] = "Link",
                ["App:PublicBaseUrl"] = "https://cpd.example.org",
            },
        };
        var m = await LockedMeetingAsync(app);

        var message = Assert.Single(mail.To(await EmailOf(m.Society, m.Gp)));
        Assert.Null(Pdf(message));
        Assert.Contains($"https://cpd.example.org/my/documents/{(await ValidCertificate(m.Society, m.Gp))["id"]}.pdf",
            Text(message));
    }

    [Fact]
    public async Task AnAnnualSummaryIsMailedWhenItFallsDueButTheOldMeetingsCertificateIsNot()
    {
        using var mail = MailServer.Start();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(
            new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero));
        await using var app = new CpdTrackerApplication { Settings = mail.Settings, Clock = clock };
        var m = await LockedMeetingAsync(app, date: "2025-12-10");
        await (await m.Society.Client.PostAsync("/api/summaries/run", null)).ReadJson(HttpStatusCode.Accepted);
        await app.WaitForJobsAsync();

        var message = Assert.Single(mail.To(await EmailOf(m.Society, m.Gp)));
        Assert.StartsWith("Annual CPD summary: RACGP", message.Subject);
        Assert.Contains("Period: 1 January 2025 to 31 December 2025", Text(message));
        using var pdf = PdfDocument.Open(Bytes(Pdf(message)!));
        Assert.Contains("Dr Zoë O'Brien", string.Join(" ", pdf.GetPages().Select(p => p.Text)));
    }
}
