using CpdTracker.Api.Data;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Workshops;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CpdTracker.Api.Tests.Features;

public sealed class CertificateTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    private sealed record Setup(Society Society, int Gp, int Student, int Group, int Meeting);

    private async Task<Setup> ALockedMeeting()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU",
            new { college = "RANZCP", memberNumber = "RP-1" });
        var gp = await society.AddMember("Mere Tūhoe-Ngāwai", "GP", "NZ",
            new { college = "RNZCGP", memberNumber = "NZ-20871" },
            new { college = "MCNZ", memberNumber = "MCNZ-4", cycleStart = "2026-04-01" });
        var student = await society.AddMember("Aisha Rahman", "MedicalStudent");
        var group = await society.AddGroup(leader, [gp, student], "Pacific/Auckland");
        var meeting = (await society.ScheduleMeeting(group, "2026-11-17T18:30")).Id;
        await (await society.SaveRegister(meeting,
            new { memberId = gp, status = "Present" },
            new { memberId = student, status = "Present" },
            new { memberId = leader, status = "Present" })).ReadJson(HttpStatusCode.OK);
        await society.Lock(meeting);
        return new Setup(society, gp, student, group, meeting);
    }

    private static Task<List<CertificateSummary>> Certificates(HttpClient client, int member) =>
        new Society(client).CertificatesWhen(member, list => list.Count > 0);

    private async Task<VerificationResponse> Verify(string code) =>
        await (await app.CreateClient().GetAsync($"/api/verify/{code}"))
            .ReadAs<VerificationResponse>(HttpStatusCode.OK);

    [Fact]
    public async Task LockingIssuesACertificateInTheBackgroundThatDownloadsIdenticallyAndVerifies()
    {
        var s = await ALockedMeeting();
        var own = await app.CreateMemberClientAsync(s.Gp);

        var certificate = Assert.Single(await Certificates(own, s.Gp));
        var first = await (await own.GetAsync($"/api/certificates/{certificate.Id}/pdf"))
            .Content.ReadAsByteArrayAsync();
        var second = await (await s.Society.Client.GetAsync($"/api/certificates/{certificate.Id}/pdf"))
            .Content.ReadAsByteArrayAsync();

        Assert.Equal(first, second);
        Assert.Equal(certificate.Sha256,
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)).ToLowerInvariant());
        using (var pdf = PdfDocument.Open(first))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Mere Tūhoe-Ngāwai", text);
            Assert.Contains("NZDT", text);
            Assert.Contains("17 November 2026", text);
            Assert.Contains("Reviewing practice", text);
            Assert.Contains(certificate.VerificationCode, text);
        }

        var verified = await Verify(certificate.VerificationCode);
        Assert.Equal(("valid", "Mere Tūhoe-Ngāwai"), (verified.Status, verified.Holder));
        Assert.Equal("not-the-issued-file", (await Verify($"{certificate.VerificationCode}?sha256=deadbeef")).Status);
        Assert.Equal(HttpStatusCode.NotFound,
            (await app.CreateClient().GetAsync("/api/verify/NOPE-NOPE-NOPE")).StatusCode);
    }

    [Fact]
    public async Task AnotherMemberCannotDownloadACertificate()
    {
        var s = await ALockedMeeting();
        var id = (await Certificates(s.Society.Client, s.Gp))[0].Id;

        Assert.Equal(HttpStatusCode.NotFound,
            (await (await app.CreateMemberClientAsync(s.Student)).GetAsync($"/api/certificates/{id}/pdf")).StatusCode);
    }

    [Fact]
    public async Task RunningTheJobAgainOrTwiceAtOnceIssuesNothingTwice()
    {
        var s = await ALockedMeeting();
        await Certificates(s.Society.Client, s.Gp);
        await app.WaitForJobsAsync(); // every attendee's certificate, not only the GP's, was issued by the lock's job

        var runs = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MeetingCertificates>().IssueAsync(s.Meeting, default);
        });

        var issued = await Task.WhenAll(runs);
        Assert.All(issued, n => Assert.Equal(0, n));
        Assert.Single(await s.Society.Certificates(s.Gp));
    }

    [Fact]
    public async Task ThreeRunsIssuingTheSameNewDocumentAtOnceStoreItOnce()
    {
        var s = await ALockedMeeting();
        var subject = $"race:{s.Gp}";

        var runs = Enumerable.Range(0, 3).Select(async i =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<DocumentStore>();
            return await store.IssueAsync(DocumentKind.AnnualSummary, s.Gp, subject, "Race", new { same = true },
                new DateOnly(2026, 11, 22), _ => [1, 2, 3], new(new DateOnly(2026, 11, 22), []), default);
        });
        var results = await Task.WhenAll(runs);

        Assert.Single(results, r => r is not null);
        await using var check = app.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CpdDbContext>();
        Assert.Equal(1, db.IssuedDocuments.Count(d => d.Subject == subject));
    }

    [Fact]
    public async Task ACorrectedRegisterSupersedesTheOldCertificateWhichStaysDownloadableAndSaysSo()
    {
        var s = await ALockedMeeting();
        var old = (await Certificates(s.Society.Client, s.Gp))[0];

        await (await s.Society.Client.PostAsJsonAsync($"/api/meetings/{s.Meeting}/unlock",
            new { reason = "Mere left at 7:15" })).ReadJson(HttpStatusCode.OK);
        await (await s.Society.Client.PutAsJsonAsync($"/api/meetings/{s.Meeting}/attendance/{s.Gp}",
            new { status = "LeftEarly", minutesAttended = 45 })).ReadJson(HttpStatusCode.OK);
        await s.Society.Lock(s.Meeting);

        var both = await s.Society.CertificatesWhen(s.Gp, l => l.Count == 2);
        var current = both.Single(c => c.Status == DocumentStatus.Valid);
        Assert.NotEqual(old.Number, current.Number);
        var verified = await Verify(old.VerificationCode);
        Assert.Equal(("superseded", current.Number), (verified.Status, verified.SupersededBy));
        Assert.Equal(HttpStatusCode.OK,
            (await s.Society.Client.GetAsync($"/api/certificates/{old.Id}/pdf")).StatusCode);
    }

    [Fact]
    public async Task AWorkshopCertificateFollowsOnlyWhenEverySessionIsLocked()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var gp = await society.AddMember("Dr Zoë O'Brien", "GP", "AU",
            new { college = "RACGP", memberNumber = "602117" });
        var workshop = (await (await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Leadership Intensive",
            venue = "Yarra Valley",
            timeZone = "Australia/Melbourne",
            startDate = "2026-07-16",
            endDate = "2026-07-19",
            accreditations = new[] { new { college = "RACGP", activityId = "RACGP-W-1" } },
            participantIds = new[] { gp },
        })).ReadAs<WorkshopResponse>(HttpStatusCode.Created)).Id;
        var sessions = new List<int>();
        foreach (var (kind, start) in
            new[] { ("WorkshopGroup", "2026-07-16T09:00"), ("WorkshopPlenary", "2026-07-17T11:00") })
        {
            var session = (await (await society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions",
                    new { kind, title = kind, startsAtLocal = start, durationMinutes = 90, mode = "InPerson" }))
                .ReadAs<MeetingResponse>(HttpStatusCode.Created)).Id;
            await (await society.SaveRegister(session, new { memberId = gp, status = "Present" }))
                .ReadJson(HttpStatusCode.OK);
            sessions.Add(session);
        }

        await society.Lock(sessions[0]);
        await app.WaitForJobsAsync();
        Assert.Empty(await society.Certificates(gp));
        await society.Lock(sessions[1]);

        var certificate = Assert.Single(await Certificates(society.Client, gp));
        Assert.Equal(DocumentKind.WorkshopCertificate, certificate.Kind);
        var bytes = await (await society.Client.GetAsync($"/api/certificates/{certificate.Id}/pdf"))
            .Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("RACGP-W-1", text);
        Assert.Contains("This is an RACGP-approved CPD activity", text);
    }

    [Fact]
    public async Task TheSummaryRunIssuesLastYearsSummaryOnceAndNotThisYearsBeforeItEnds()
    {
        // Its own application: the run and the count after it cover every member.
        await using var own = new CpdTrackerApplication();
        var society = new Society(await own.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var gp = await society.AddMember("Dr Tom Nguyen", "GP", "AU",
            new { college = "RACGP", memberNumber = "551203" });
        var group = await society.AddGroup(leader, [gp]);
        foreach (var date in new[] { "2025-03-05", "2025-09-10", "2026-03-04" })
        {
            var meeting = (await society.ScheduleMeeting(group, $"{date}T19:00")).Id;
            await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" }))
                .ReadJson(HttpStatusCode.OK);
            await society.Lock(meeting);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await society.Client.PostAsync("/api/summaries/run", null)).StatusCode);
        var summaries = (await society.CertificatesWhen(gp, l => l.Any(c => c.Kind == DocumentKind.AnnualSummary)))
            .Where(c => c.Kind == DocumentKind.AnnualSummary).ToList();
        Assert.Contains("1 Jan 2025 to 31 Dec 2025", Assert.Single(summaries).Title);

        await using (var scope = own.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AnnualSummaries>().IssueDueAsync(default));
        }

        var bytes = await (await society.Client.GetAsync($"/api/certificates/{summaries[0].Id}/pdf"))
            .Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Dr Tom Nguyen", text);
        Assert.Contains("RACGP-2023", text);
    }

    [Fact]
    public async Task TheInterimStatementIsAPdfMarkedNotACertificateAndIsNotStored()
    {
        var s = await ALockedMeeting();

        var response = await s.Society.Client.GetAsync(
            $"/api/members/{s.Gp}/cpd/interim.pdf?college=RNZCGP&date=2026-11-20");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Interim — not a certificate", pdf.GetPage(1).Text);
        Assert.Contains("Mere Tūhoe-Ngāwai", pdf.GetPage(1).Text);
    }

    [Fact]
    public async Task ARevokedCertificateSaysSoWhenVerifiedAndCodesForgiveHandTypedLetters()
    {
        var s = await ALockedMeeting();
        var certificate = (await Certificates(s.Society.Client, s.Gp))[0];
        var code = certificate.VerificationCode;

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code);
        Assert.NotEmpty(await (await s.Society.Client.PostAsJsonAsync($"/api/certificates/{certificate.Id}/revoke",
            new { reason = "" })).ProblemFor("reason"));
        await (await s.Society.Client.PostAsJsonAsync($"/api/certificates/{certificate.Id}/revoke",
            new { reason = "Issued to the wrong member" })).ReadJson(HttpStatusCode.OK);

        Assert.Equal("revoked", (await Verify(code.ToLowerInvariant().Replace('0', 'o').Replace('1', 'l'))).Status);
    }

    [Fact]
    public async Task VerificationIsRateLimited()
    {
        await using var own = new CpdTrackerApplication { VerifyPerMinute = 2 };
        var client = own.CreateClient();

        await client.GetAsync("/api/verify/A");
        await client.GetAsync("/api/verify/B");
        var limited = await client.GetAsync("/api/verify/C");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
    }
}
