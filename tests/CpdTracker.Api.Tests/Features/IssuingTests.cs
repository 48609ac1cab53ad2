using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CpdTracker.Api.Tests.Features;

/// <summary>What is issued is what the database says should be: nothing lost, nothing left valid after a correction.</summary>
public sealed class IssuingTests
{
    private static async Task<JsonArray> Documents(HttpClient client, int member) =>
        (await (await client.GetAsync($"/api/members/{member}/certificates")).ReadJson(HttpStatusCode.OK)).AsArray();

    private static Task<JsonArray> DocumentsWhen(HttpClient client, int member, Func<JsonArray, bool> done) =>
        Eventually.Until(() => Documents(client, member), done);

    private static async Task Lock(Society society, int meeting) =>
        await (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);

    [Fact]
    public async Task CertificatesOfRegistersLockedBeforeAStopAreIssuedOnceAfterTheRestart()
    {
        var file = CpdTrackerApplication.NewDatabaseFile();
        int[] members;
        await using (var stopped = new CpdTrackerApplication { DatabaseFile = file, KeepDatabase = true, RunJobs = false })
        {
            var society = new Society(await stopped.CreateAdminClientAsync());
            var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
            members = [await society.AddMember("Dr A", "GP", "AU", new { college = "RACGP", memberNumber = "1" }),
                await society.AddMember("Dr B", "GP", "AU", new { college = "RACGP", memberNumber = "2" })];
            var group = await society.AddGroup(leader, members);
            foreach (var date in new[] { "2026-11-04", "2026-11-11", "2026-11-18" })
            {
                var meeting = (await society.Schedule(group, $"{date}T19:00"))["id"]!.GetValue<int>();
                await (await society.SaveRegister(meeting, members.Select(m => (object)new { memberId = m, status = "Present" }).ToArray())).ReadJson(HttpStatusCode.OK);
                await Lock(society, meeting);
            }

            Assert.Empty(await Documents(society.Client, members[0]));
        }

        await using var restarted = new CpdTrackerApplication { DatabaseFile = file };
        var admin = await restarted.CreateAdminClientAsync();
        foreach (var member in members)
        {
            var issued = await DocumentsWhen(admin, member, l => l.Count >= 3);
            Assert.Equal(3, issued.Count);
        }

        await using (var scope = restarted.Services.CreateAsyncScope())
        {
            var reconciliation = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Jobs.ReconciliationJob>();
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => reconciliation.RunAsync(default)));
        }

        await restarted.WaitForJobsAsync();
        Assert.All(members, m => Assert.Equal(3, Documents(admin, m).Result.Count));
    }

    [Theory]
    [InlineData("Absent")]
    [InlineData("Unmarked")]
    public async Task ACorrectionThatRemovesCreditWithdrawsTheOldCertificate(string correction)
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        var gp = await society.AddMember("Dr Zoë O'Brien", "GP", "AU", new { college = "RACGP", memberNumber = "602117" });
        var group = await society.AddGroup(leader, [gp]);
        var meeting = (await society.Schedule(group, "2026-11-18T19:00"))["id"]!.GetValue<int>();
        await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" }, new { memberId = leader, status = "Present" })).ReadJson(HttpStatusCode.OK);
        await Lock(society, meeting);
        var old = (await DocumentsWhen(society.Client, gp, l => l.Count > 0))[0]!;

        await (await society.Client.PostAsJsonAsync($"/api/meetings/{meeting}/unlock", new { reason = "Zoë was not there" })).ReadJson(HttpStatusCode.OK);
        var corrected = correction == "Absent"
            ? await society.SaveRegister(meeting, new { memberId = gp, status = "Absent" }, new { memberId = leader, status = "Present" })
            : await society.Client.DeleteAsync($"/api/meetings/{meeting}/attendance/{gp}");
        await corrected.ReadJson(HttpStatusCode.OK);
        await Lock(society, meeting);

        var after = await DocumentsWhen(society.Client, gp, l => l.All(d => d!["status"]!.GetValue<string>() != "Valid"));
        Assert.Equal("Withdrawn", Assert.Single(after)!["status"]!.GetValue<string>());
        var verified = await (await app.CreateClient().GetAsync($"/api/verify/{old["verificationCode"]!.GetValue<string>()}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("withdrawn", verified["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AMemberWithoutACollegeGetsAnAttendanceOnlyCertificate()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        var student = await society.AddMember("Aisha Rahman", "MedicalStudent");
        var group = await society.AddGroup(leader, [student]);
        var meeting = (await society.Schedule(group, "2026-11-18T19:00"))["id"]!.GetValue<int>();
        await (await society.SaveRegister(meeting, new { memberId = student, status = "Present" }, new { memberId = leader, status = "Present" })).ReadJson(HttpStatusCode.OK);
        await Lock(society, meeting);

        var certificate = Assert.Single(await DocumentsWhen(society.Client, student, l => l.Count > 0))!;
        var bytes = await (await society.Client.GetAsync($"/api/certificates/{certificate["id"]}/pdf")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Aisha Rahman", text);
        Assert.Contains("Attendance only", text);
        Assert.DoesNotContain("RACGP-approved", text);
    }

    [Fact]
    public async Task TheRacgpStatementIsPrintedOnlyForHoldersWithRacgpCredit()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        var gp = await society.AddMember("Dr Tom Nguyen", "GP", "AU", new { college = "RACGP", memberNumber = "551203" });
        var psychologist = await society.AddMember("Sam Lee", "Psychologist", "AU", new { college = "PSYBA", memberNumber = "PSY0001", cycleStart = "2025-12-01" });
        var group = await society.AddGroup(leader, [gp, psychologist]);
        var meeting = (await society.Schedule(group, "2026-11-18T19:00"))["id"]!.GetValue<int>();
        await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" }, new { memberId = psychologist, status = "Present" },
            new { memberId = leader, status = "Present" })).ReadJson(HttpStatusCode.OK);
        await Lock(society, meeting);

        async Task<string> Text(int member)
        {
            var certificate = (await DocumentsWhen(society.Client, member, l => l.Count > 0))[0]!;
            using var pdf = PdfDocument.Open(await (await society.Client.GetAsync($"/api/certificates/{certificate["id"]}/pdf")).Content.ReadAsByteArrayAsync());
            return string.Join(" ", pdf.GetPages().Select(p => p.Text));
        }

        Assert.Contains("This is an RACGP-approved CPD activity", await Text(gp));
        Assert.DoesNotContain("RACGP-approved", await Text(psychologist));
    }

    [Fact]
    public async Task CertificateNumbersDifferBetweenInstallations()
    {
        async Task<string> FirstNumber()
        {
            await using var app = new CpdTrackerApplication();
            var society = new Society(await app.CreateAdminClientAsync());
            var leader = await society.AddMember("Leader");
            var gp = await society.AddMember("Dr Tom Nguyen", "GP", "AU", new { college = "RACGP", memberNumber = "551203" });
            var group = await society.AddGroup(leader, [gp]);
            var meeting = (await society.Schedule(group, "2026-11-18T19:00"))["id"]!.GetValue<int>();
            await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" })).ReadJson(HttpStatusCode.OK);
            await Lock(society, meeting);
            return (await DocumentsWhen(society.Client, gp, l => l.Count > 0))[0]!["number"]!.GetValue<string>();
        }

        var (first, second) = (await FirstNumber(), await FirstNumber());

        Assert.NotEqual(first, second);
        Assert.Matches("^AC-2026-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$", first);
    }

    [Fact]
    public async Task ACertificateShowsTheSameCreditAsTheStatementForItsMeeting()
    {
        // RACGP 2020-22 awards 40 CAT1 points for each full 8-hour block of an accredited activity: the sixth 90-minute
        // meeting completes the first block, which the statement knows only with the group's activity number.
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var gp = await society.AddMember("Dr Tom Nguyen", "GP", "AU", new { college = "RACGP", memberNumber = "551203" });
        var group = await society.AddGroup(leader, [gp]);
        var meetings = new List<int>();
        foreach (var month in Enumerable.Range(2, 6))
        {
            var meeting = (await society.Schedule(group, $"2021-{month:00}-10T19:00"))["id"]!.GetValue<int>();
            await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" })).ReadJson(HttpStatusCode.OK);
            await Lock(society, meeting);
            meetings.Add(meeting);
        }

        await app.WaitForJobsAsync();
        var statement = await (await society.Client.GetAsync($"/api/members/{gp}/cpd?college=RACGP&date=2021-06-01")).ReadJson(HttpStatusCode.OK);
        var documents = await Documents(society.Client, gp);
        foreach (var document in documents.Where(d => d!["status"]!.GetValue<string>() == "Valid"))
        {
            var shown = await (await app.CreateClient().GetAsync($"/api/verify/{document!["verificationCode"]}")).ReadJson(HttpStatusCode.OK);
            var meeting = shown["shows"]!["meetingId"]!.GetValue<int>();
            var expected = statement["lines"]!.AsArray().Where(l => l!["meetingId"]!.GetValue<int>() == meeting && l["amount"]!.GetValue<decimal>() > 0)
                .GroupBy(l => l!["category"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Sum(l => l!["amount"]!.GetValue<decimal>()));
            var certified = shown["shows"]!["credits"]!.AsArray().Where(c => c!["college"]!.GetValue<string>() == "RACGP")
                .ToDictionary(c => c!["categoryCode"]!.GetValue<string>(), c => c!["amount"]!.GetValue<decimal>());
            Assert.Equal(expected.OrderBy(kv => kv.Key), certified.OrderBy(kv => kv.Key));
        }

        Assert.Contains(statement["lines"]!.AsArray(), l => l!["category"]!.GetValue<string>() == "CAT1" && l["amount"]!.GetValue<decimal>() == 40);
    }
}
