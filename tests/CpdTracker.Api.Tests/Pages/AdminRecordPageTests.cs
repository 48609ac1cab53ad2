using System.Text;
using AngleSharp.Dom;
using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Features.Groups;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The administrator's record pages, driven as a browser without JavaScript would, on one year of a small
/// society: an accredited Melbourne group (a member with a RACGP number, one without) with three locked registers and
/// an open one, and a Perth group with no RACGP activity number. The clock stands at 22 November 2026.</summary>
public sealed class AdminRecordPageTests(AdminRecordPageTests.AYear s) : IClassFixture<AdminRecordPageTests.AYear>
{
    public sealed class AYear : IAsyncLifetime
    {
        public CpdTrackerApplication App { get; } = new();

        public Society Society { get; private set; } = null!;

        public PageClient Admin { get; private set; } = null!;

        public int Gp { get; private set; }

        public int Unnumbered { get; private set; }

        public int Plain { get; private set; }

        public List<int> Locked { get; } = [];

        public int OpenMeeting { get; private set; }

        /// <summary>A locked register of 2025 in the Perth group, for the unlock test (the 2026 reports stay as they
        /// are).</summary>
        public int ToUnlock { get; private set; }

        public async Task InitializeAsync()
        {
            Society = new Society(await App.SharedAdminClientAsync());
            Admin = await PageClient.SignedInAsync(App, CpdTrackerApplication.AdminEmail);
            var leader = await Society.AddMember("Dr Helen Marsh");
            Gp = await Society.AddMember("Dr Mere Tūhoe-Ngāwai", "GP", "AU", new
            {
                college = "RACGP",
                memberNumber = "551203"
            });
            Unnumbered = await Society.AddMember("Dr Sam Lee", "GP", "AU", new
            {
                college = "RACGP",
                memberNumber = ""
            });
            var accredited = await Society.AddGroup(leader, [Gp, Unnumbered]);
            Plain = (await (await Society.Client.PostAsJsonAsync("/api/groups", new
            {
                name = "Perth Balint Group", city = "Perth", timeZone = "Australia/Perth", mode = "InPerson",
                leaders = new[] { new { memberId = leader, role = "Leader" } }, memberIds = new[] { Gp, Unnumbered },
            })).ReadAs<GroupResponse>(HttpStatusCode.Created)).Id;
            foreach (var (group, date) in new[] { (accredited, "2026-02-04"), (accredited, "2026-05-06"), (Plain,
                "2026-03-07"), (Plain, "2025-06-04") })
            {
                var meeting = (await Society.ScheduleMeeting(group, $"{date}T19:00")).Id;
                object[] entries = group == accredited
                    ? [new { memberId = Gp, status = "Present" }, new { memberId = Unnumbered, status = "Present" }]
                    : [new { memberId = Gp, status = "Present" }, new { memberId = Unnumbered, status = "Present" }];
                await (await Society.SaveRegister(meeting, entries)).ReadJson(HttpStatusCode.OK);
                await Society.Lock(meeting);
                Locked.Add(meeting);
            }

            ToUnlock = Locked[^1];
            OpenMeeting = (await Society.ScheduleMeeting(accredited, "2026-11-18T19:00")).Id;
            await (await Society.SaveRegister(OpenMeeting, new { memberId = Gp, status = "Present" }))
                .ReadJson(HttpStatusCode.OK);
            await App.WaitForJobsAsync(seconds: 120);
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task UnlockingARegisterNeedsAReasonAndItsHistoryShowsWhoChangedWhatFromWhatToWhat()
    {
        var meeting = s.ToUnlock;
        var page = await s.Admin.GetAsync($"/admin/registers/{meeting}");

        var refused = await PageClient.ReadAsync(await s.Admin.SubmitAsync(page, "unlock",
            new() { ["Input.Reason"] = "  " }));
        var unlocked = await s.Admin.SubmitAsync(page, "unlock",
            new() { ["Input.Reason"] = "Dr Sam Lee left after an hour" });
        await (await s.Society.Client.PutAsJsonAsync($"/api/meetings/{meeting}/attendance/{s.Unnumbered}",
            new { status = "LeftEarly", minutesAttended = 60 }))
            .ReadJson(HttpStatusCode.OK);
        var history = await s.Admin.GetAsync(PageClient.Target(unlocked));

        Assert.Equal("Say why the register is being unlocked.", Error(refused, "unlock-reason"));
        Assert.Equal($"/admin/registers/{meeting}?unlocked=true", PageClient.Target(unlocked));
        var entries = history.QuerySelectorAll("ol.history > li").ToList();
        Assert.Equal("admin@test.example corrected the register",
            entries[0].QuerySelector(".line-head strong")!.TextContent);
        Assert.Equal([$"Dr Sam Lee ({s.Unnumbered}) · status|Present|Left early",
            $"Dr Sam Lee ({s.Unnumbered}) · minutes attended|90|60"],
            Rows(entries[0]));
        Assert.Equal("admin@test.example unlocked the register",
            entries[1].QuerySelector(".line-head strong")!.TextContent);
        Assert.Contains("Reason: “Dr Sam Lee left after an hour”", entries[1].TextContent);
        Assert.Equal(["status|Locked|Open"], Rows(entries[1]));
        Assert.Contains(entries, e => e.QuerySelector(".line-head strong")!.TextContent.EndsWith("locked the register",
            StringComparison.Ordinal));
        var audit = await (await s.Society.Client.GetAsync($"/api/audit?entity=Register&id={meeting}"))
            .ReadAs<List<AuditEntryResponse>>(HttpStatusCode.OK);
        Assert.Equal(("Unlocked", "Dr Sam Lee left after an hour", "admin@test.example"), (audit[1].Action,
            audit[1].Reason, audit[1].Actor));
    }

    [Fact]
    public async Task TheReportCheckListsEachProblemWithALinkToThePageThatFixesIt()
    {
        var years = await s.Admin.GetAsync("/admin/reports");
        var check = await s.Admin.GetAsync("/admin/reports?college=RACGP&year=2026");

        Assert.Contains("/admin/reports?college=RACGP&year=2026#check-title", Hrefs(years, "ul.years a"));
        // RNZCGP reports by triennium: only the years a triennium ends in are offered.
        var rnzcgp = years.QuerySelectorAll("ul.years[aria-label='RNZCGP report years'] a").Select(a =>
            int.Parse(a.TextContent)).ToList();
        Assert.NotEmpty(rnzcgp);
        Assert.True(rnzcgp.Zip(rnzcgp.Skip(1)).All(p => p.First - p.Second == 3), string.Join(", ", rnzcgp));
        var problems = check.QuerySelectorAll("ol.problems li").ToList();
        Assert.Equal(3, problems.Count);
        Assert.Equal([$"/admin/members/{s.Unnumbered}", $"/meetings/{s.OpenMeeting}", $"/admin/groups/{s.Plain}"],
            problems.Select(p => p.QuerySelector("a")!.GetAttribute("href")));
        Assert.StartsWith("Dr Sam Lee belongs to RACGP but has no member number.", problems[0].TextContent.Trim());
    }

    [Fact]
    public async Task TheCollegeCsvDownloadsUnderThePagesCookieAndTheExcelOptionAddsAByteOrderMark()
    {
        var check = await s.Admin.GetAsync("/admin/reports?college=RACGP&year=2026");
        var links = Hrefs(check, "a[download]");

        var csv = await s.Admin.Http.GetAsync(links[0]);
        var excel = await (await s.Admin.Http.GetAsync(links[1])).Content.ReadAsByteArrayAsync();

        Assert.Equal(["/admin/reports/colleges/RACGP/2026.csv", "/admin/reports/colleges/RACGP/2026.csv?excel=true"],
            links);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var mere = Assert.Single(CsvRows.Parse(bytes), r => r["RACGP number"] == "551203");
        Assert.Equal(("Tūhoe-Ngāwai", "RACGP-1", "2", "180"), (mere["Family name"], mere["Activity number"],
            mere["Meetings attended"], mere["Minutes attended"]));
        Assert.Equal([0xEF, 0xBB, 0xBF], excel[..3]);
        Assert.Equal(bytes, excel[3..]);
    }

    [Fact]
    public async Task TheAttendanceExportChecksItsDatesNextToTheFieldsThenDownloads()
    {
        var backwards = await s.Admin.GetAsync("/admin/reports?export=attendance&from=2026-12-31&to=2026-01-01");
        var perth = await s.Admin.Http.GetAsync(
            $"/admin/reports?export=attendance&from=2026-01-01&to=2026-12-31&groupId={s.Plain}");

        Assert.Equal("from must not be after to.", Error(backwards, "export-from"));
        Assert.Equal($"/admin/reports/attendance.csv?from=2026-01-01&to=2026-12-31&groupId={s.Plain}",
            PageClient.Target(perth));
        var rows = CsvRows.Parse(await (await s.Admin.Http.GetAsync(PageClient.Target(perth)))
            .Content.ReadAsByteArrayAsync());
        Assert.Equal(["Dr Helen Marsh|AWST", "Dr Mere Tūhoe-Ngāwai|AWST", "Dr Sam Lee|AWST"],
            rows.Select(r => $"{r["Member"]}|{r["Zone"]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ADocumentFoundByItsNumberIsRevokedWithAReasonAndVerificationSaysSo()
    {
        var certificate = (await s.Society.Certificates(s.Gp)).First(c => c.Status == Api.Data.DocumentStatus.Valid);
        var found = await s.Admin.GetAsync($"/admin/documents?q={certificate.Number}");
        var page = await s.Admin.GetAsync(Hrefs(found, "ul.records a").Single());

        var refused = await PageClient.ReadAsync(await s.Admin.SubmitAsync(page, "revoke",
            new() { ["Revoke.Reason"] = "" }));
        var revoked = await s.Admin.SubmitAsync(page, "revoke",
            new() { ["Revoke.Reason"] = "Issued to the wrong member" });
        var after = await s.Admin.GetAsync(PageClient.Target(revoked));
        var pdf = await s.Admin.Http.GetAsync($"/admin/documents/{certificate.Id}.pdf");

        Assert.Equal("'reason' must not be empty.", Error(refused, "revoke-reason"));
        Assert.Contains("Revoked", after.QuerySelector(".lead")!.TextContent);
        Assert.Null(after.QuerySelector("form input[value=revoke]"));
        var verified = await (await s.App.CreateClient().GetAsync($"/api/verify/{certificate.VerificationCode}"))
            .ReadJson(HttpStatusCode.OK);
        Assert.Equal("revoked", verified["status"]!.GetValue<string>().ToLowerInvariant());
        var audit = await (await s.Society.Client.GetAsync($"/api/audit?entity=Certificate&id={certificate.Id}"))
            .ReadAs<List<AuditEntryResponse>>(HttpStatusCode.OK);
        Assert.Equal(("Revoked", "Issued to the wrong member"), (audit[0].Action, audit[0].Reason));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnInvalidRuleSetUploadListsEveryProblemByPathAsTheApiDoesAndStoresNothing()
    {
        var page = await s.Admin.GetAsync("/admin/rules/OTBA/replace");
        var json = JsonNode.Parse(page.QuerySelector("textarea#json")!.TextContent)!;
        json["name"] = "";
        json["code"] = "OTHER";
        json["mappings"]![0]!["ratePerHour"] = -1;
        var body = json.ToJsonString();

        var answer = await PageClient.ReadAsync(await s.Admin.SubmitAsync(page, "replace",
            new() { ["Upload.Json"] = "" },
            ("file", Encoding.UTF8.GetBytes(body), "otba.json")));
        var api = await (await s.Society.Client.PutAsync("/api/rule-sets/OTBA", new StringContent(body, Encoding.UTF8,
            "application/json")))
            .ReadJson(HttpStatusCode.BadRequest);

        var listed = answer.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();
        var expected = api["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m =>
            $"{e.Key}: {m!.GetValue<string>()}")).ToList();
        Assert.True(expected.Count >= 3, string.Join("\n", expected));
        Assert.Equal(expected.Order(), listed.Order());
        Assert.Equal(body, answer.QuerySelector("textarea#json")!.TextContent);
        var versions = (await s.Admin.GetAsync("/admin/rules/OTBA"))
            .QuerySelectorAll("a[href^='/admin/rules/OTBA?version=']");
        Assert.Single(versions);
    }

    [Fact]
    public async Task ARuleSetReplacedByUploadBecomesTheNextVersionAndTheComparisonMarksWhatChanged()
    {
        var page = await s.Admin.GetAsync("/admin/rules/AASW/replace");
        var json = JsonNode.Parse(page.QuerySelector("textarea#json")!.TextContent)!;
        json["minimumMinutes"] = 45;

        var stored = await s.Admin.SubmitAsync(page, "replace", new() { ["Upload.Json"] = json.ToJsonString() });
        var compare = await s.Admin.GetAsync("/admin/rules/AASW/compare?from=1&to=2");

        Assert.Equal("/admin/rules/AASW?replaced=true", PageClient.Target(stored));
        var changed = compare.QuerySelectorAll("tr.changed");
        Assert.Equal(["Shortest attendance|30 minutes|45 minutes"], changed.Select(r => string.Join('|',
            r.QuerySelector("th")!.FirstChild!.TextContent.Trim(), r.QuerySelector("td.before")!.TextContent,
            r.QuerySelector("td.after")!.TextContent)));
        var audit = await (await s.Society.Client.GetAsync("/api/audit?entity=RuleSet&id=AASW"))
            .ReadAs<List<AuditEntryResponse>>(HttpStatusCode.OK);
        Assert.Equal(("Replaced", "admin@test.example"), (audit[0].Action, audit[0].Actor));
    }

    private static string? Error(IDocument page, string id) =>
        page.GetElementById(id)?.ParentElement?.QuerySelector(".field-error")?.TextContent.Replace("Error: ", "")
            .Trim();

    private static List<string> Hrefs(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToList();

    private static List<string> Rows(IElement entry) =>
        entry.QuerySelectorAll("table.diff tbody tr").Select(r => string.Join('|', r.Children.Select(c =>
            c.TextContent.Trim()))).ToList();
}
