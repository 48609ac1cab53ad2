using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CpdTracker.Api.Tests.Features;

public sealed class CertificateTests
{
    private sealed record Setup(CpdTrackerApplication App, Society Society, int Gp, int Student, int Group, int Meeting);

    private static async Task<Setup> ALockedMeeting()
    {
        var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        var gp = await society.AddMember("Mere Tūhoe-Ngāwai", "GP", "NZ", new { college = "RNZCGP", memberNumber = "NZ-20871" }, new { college = "MCNZ", memberNumber = "MCNZ-4", cycleStart = "2026-04-01" });
        var student = await society.AddMember("Aisha Rahman", "MedicalStudent");
        var group = await society.AddGroup(leader, [gp, student], "Pacific/Auckland");
        var meeting = (await society.Schedule(group, "2026-11-17T18:30"))["id"]!.GetValue<int>();
        await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" }, new { memberId = student, status = "Present" }, new { memberId = leader, status = "Present" })).ReadJson(HttpStatusCode.OK);
        await (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
        return new Setup(app, society, gp, student, group, meeting);
    }

    private static Task<JsonArray> Certificates(HttpClient client, int member) =>
        Eventually.Until(async () => (await (await client.GetAsync($"/api/members/{member}/certificates")).ReadJson(HttpStatusCode.OK)).AsArray(), list => list.Count > 0);

    [Fact]
    public async Task LockingIssuesACertificateInTheBackgroundThatDownloadsIdenticallyAndVerifies()
    {
        var s = await ALockedMeeting();
        await using var _ = s.App;
        var own = await s.App.CreateMemberClientAsync(s.Gp);

        var certificate = Assert.Single(await Certificates(own, s.Gp))!;
        var id = certificate["id"]!.GetValue<int>();
        var first = await (await own.GetAsync($"/api/certificates/{id}/pdf")).Content.ReadAsByteArrayAsync();
        var second = await (await s.Society.Client.GetAsync($"/api/certificates/{id}/pdf")).Content.ReadAsByteArrayAsync();

        Assert.Equal(first, second);
        Assert.Equal(certificate["sha256"]!.GetValue<string>(), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)).ToLowerInvariant());
        using (var pdf = PdfDocument.Open(first))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Mere Tūhoe-Ngāwai", text);
            Assert.Contains("NZDT", text);
            Assert.Contains("17 November 2026", text);
            Assert.Contains("Reviewing practice", text);
            Assert.Contains(certificate["verificationCode"]!.GetValue<string>(), text);
        }

        var code = certificate["verificationCode"]!.GetValue<string>();
        var verified = await (await s.App.CreateClient().GetAsync($"/api/verify/{code}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(("valid", "Mere Tūhoe-Ngāwai"), (verified["status"]!.GetValue<string>(), verified["holder"]!.GetValue<string>()));
        var tampered = await (await s.App.CreateClient().GetAsync($"/api/verify/{code}?sha256=deadbeef")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("not-the-issued-file", tampered["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await s.App.CreateClient().GetAsync("/api/verify/NOPE-NOPE-NOPE")).StatusCode);
    }

    [Fact]
    public async Task AnotherMemberCannotDownloadACertificate()
    {
        var s = await ALockedMeeting();
        await using var _ = s.App;
        var id = (await Certificates(s.Society.Client, s.Gp))[0]!["id"]!.GetValue<int>();

        Assert.Equal(HttpStatusCode.NotFound, (await (await s.App.CreateMemberClientAsync(s.Student)).GetAsync($"/api/certificates/{id}/pdf")).StatusCode);
    }

    [Fact]
    public async Task RunningTheJobAgainOrTwiceAtOnceIssuesNothingTwice()
    {
        var s = await ALockedMeeting();
        await using var _ = s.App;
        await Certificates(s.Society.Client, s.Gp);

        var runs = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var scope = s.App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Features.Certificates.MeetingCertificates>().IssueAsync(s.Meeting, default);
        });

        var issued = await Task.WhenAll(runs);
        Assert.All(issued, n => Assert.Equal(0, n));
        Assert.Single((await (await s.Society.Client.GetAsync($"/api/members/{s.Gp}/certificates")).ReadJson(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task ThreeRunsIssuingTheSameNewDocumentAtOnceStoreItOnce()
    {
        var s = await ALockedMeeting();
        await using var _ = s.App;

        var runs = Enumerable.Range(0, 3).Select(async i =>
        {
            await using var scope = s.App.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Features.Certificates.DocumentStore>();
            return await store.IssueAsync(CpdTracker.Api.Data.DocumentKind.AnnualSummary, s.Gp, "race:1", "Race", new { same = true },
                new DateOnly(2026, 11, 22), _ => [1, 2, 3], new(new DateOnly(2026, 11, 22), []), default);
        });
        var results = await Task.WhenAll(runs);

        Assert.Single(results, r => r is not null);
        await using var check = s.App.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        Assert.Equal(1, db.IssuedDocuments.Count(d => d.Subject == "race:1"));
    }

    [Fact]
    public async Task ACorrectedRegisterSupersedesTheOldCertificateWhichStaysDownloadableAndSaysSo()
    {
        var s = await ALockedMeeting();
        await using var _ = s.App;
        var old = (await Certificates(s.Society.Client, s.Gp))[0]!;

        await (await s.Society.Client.PostAsJsonAsync($"/api/meetings/{s.Meeting}/unlock", new { reason = "Mere left at 7:15" })).ReadJson(HttpStatusCode.OK);
        await (await s.Society.Client.PutAsJsonAsync($"/api/meetings/{s.Meeting}/attendance/{s.Gp}", new { status = "LeftEarly", minutesAttended = 45 }))
            .ReadJson(HttpStatusCode.OK);
        await (await s.Society.Client.PostAsync($"/api/meetings/{s.Meeting}/lock", null)).ReadJson(HttpStatusCode.OK);

        var both = await Eventually.Until(async () => (await (await s.Society.Client.GetAsync($"/api/members/{s.Gp}/certificates")).ReadJson(HttpStatusCode.OK)).AsArray(), l => l.Count == 2);
        var current = both.Single(c => c!["status"]!.GetValue<string>() == "Valid")!;
        Assert.NotEqual(old["number"]!.GetValue<string>(), current["number"]!.GetValue<string>());
        var verified = await (await s.App.CreateClient().GetAsync($"/api/verify/{old["verificationCode"]!.GetValue<string>()}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(("superseded", current["number"]!.GetValue<string>()), (verified["status"]!.GetValue<string>(), verified["supersededBy"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, (await s.Society.Client.GetAsync($"/api/certificates/{old["id"]!.GetValue<int>()}/pdf")).StatusCode);
    }

    [Fact]
    public async Task AWorkshopCertificateFollowsOnlyWhenEverySessionIsLocked()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var gp = await society.AddMember("Dr Zoë O'Brien", "GP", "AU", new { college = "RACGP", memberNumber = "602117" });
        var workshop = (await (await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Leadership Intensive", venue = "Yarra Valley", timeZone = "Australia/Melbourne", startDate = "2026-07-16", endDate = "2026-07-19",
            accreditations = new[] { new { college = "RACGP", activityId = "RACGP-W-1" } }, participantIds = new[] { gp },
        })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
        var sessions = new List<int>();
        foreach (var (kind, start) in new[] { ("WorkshopGroup", "2026-07-16T09:00"), ("WorkshopPlenary", "2026-07-17T11:00") })
        {
            var session = (await (await society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions", new { kind, title = kind, startsAtLocal = start, durationMinutes = 90, mode = "InPerson" })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
            await (await society.SaveRegister(session, new { memberId = gp, status = "Present" })).ReadJson(HttpStatusCode.OK);
            sessions.Add(session);
        }

        await (await society.Client.PostAsync($"/api/meetings/{sessions[0]}/lock", null)).ReadJson(HttpStatusCode.OK);
        await app.WaitForJobsAsync();
        Assert.Empty((await (await society.Client.GetAsync($"/api/members/{gp}/certificates")).ReadJson(HttpStatusCode.OK)).AsArray());
        await (await society.Client.PostAsync($"/api/meetings/{sessions[1]}/lock", null)).ReadJson(HttpStatusCode.OK);

        var certificate = Assert.Single(await Certificates(society.Client, gp))!;
        Assert.Equal("WorkshopCertificate", certificate["kind"]!.GetValue<string>());
        var bytes = await (await society.Client.GetAsync($"/api/certificates/{certificate["id"]!.GetValue<int>()}/pdf")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("RACGP-W-1", text);
        Assert.Contains("This is an RACGP-approved CPD activity", text);
    }

    [Fact]
    public async Task TheSummaryRunIssuesLastYearsSummaryOnceAndNotThisYearsBeforeItEnds()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var gp = await society.AddMember("Dr Tom Nguyen", "GP", "AU", new { college = "RACGP", memberNumber = "551203" });
        var group = await society.AddGroup(leader, [gp]);
        foreach (var date in new[] { "2025-03-05", "2025-09-10", "2026-03-04" })
        {
            var meeting = (await society.Schedule(group, $"{date}T19:00"))["id"]!.GetValue<int>();
            await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" })).ReadJson(HttpStatusCode.OK);
            await (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await society.Client.PostAsync("/api/summaries/run", null)).StatusCode);
        var summaries = await Eventually.Until(async () => (await (await society.Client.GetAsync($"/api/members/{gp}/certificates")).ReadJson(HttpStatusCode.OK))
            .AsArray().Where(c => c!["kind"]!.GetValue<string>() == "AnnualSummary").ToList(), l => l.Count > 0);
        Assert.Contains("1 Jan 2025 to 31 Dec 2025", Assert.Single(summaries)!["title"]!.GetValue<string>());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Features.Certificates.AnnualSummaries>().IssueDueAsync(default));
        }

        var bytes = await (await society.Client.GetAsync($"/api/certificates/{summaries[0]!["id"]!.GetValue<int>()}/pdf")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Dr Tom Nguyen", text);
        Assert.Contains("RACGP-2023", text);
    }

    [Fact]
    public async Task TheInterimStatementIsAPdfMarkedNotACertificateAndIsNotStored()
    {
        var s = await ALockedMeeting();
        await using var _ = s.App;

        var response = await s.Society.Client.GetAsync($"/api/members/{s.Gp}/cpd/interim.pdf?college=RNZCGP&date=2026-11-20");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Interim — not a certificate", pdf.GetPage(1).Text);
        Assert.Contains("Mere Tūhoe-Ngāwai", pdf.GetPage(1).Text);
    }

    [Fact]
    public async Task ARevokedCertificateSaysSoWhenVerifiedAndCodesForgiveHandTypedLetters()
    {
        var s = await ALockedMeeting();
        await using var _ = s.App;
        var certificate = (await Certificates(s.Society.Client, s.Gp))[0]!;
        var code = certificate["verificationCode"]!.GetValue<string>();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code);
        Assert.NotEmpty(await (await s.Society.Client.PostAsJsonAsync($"/api/certificates/{certificate["id"]}/revoke", new { reason = "" })).ProblemFor("reason"));
        await (await s.Society.Client.PostAsJsonAsync($"/api/certificates/{certificate["id"]}/revoke", new { reason = "Issued to the wrong member" })).ReadJson(HttpStatusCode.OK);

        var verified = await (await s.App.CreateClient().GetAsync($"/api/verify/{code.ToLowerInvariant().Replace('0', 'o').Replace('1', 'l')}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("revoked", verified["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task VerificationIsRateLimited()
    {
        await using var app = new CpdTrackerApplication { VerifyPerMinute = 2 };
        var client = app.CreateClient();

        await client.GetAsync("/api/verify/A");
        await client.GetAsync("/api/verify/B");
        var limited = await client.GetAsync("/api/verify/C");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
