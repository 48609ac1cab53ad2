using System.Text;

namespace CpdTracker.Api.Tests.Features;

public sealed class ReportTests
{
    private sealed record Setup(CpdTrackerApplication App, Society Society, int Gp, int Hacker, int Student, int Accredited, int Plain, int OpenMeeting);

    private static async Task<Setup> AYear()
    {
        var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var gp = await society.AddMember("Dr Mere Tūhoe-Ngāwai", "GP", "AU", new { college = "RACGP", memberNumber = "551203" });
        var hacker = await society.AddMember("=HYPERLINK(\"http://x\",\"y\")", "GP", "AU", new { college = "RACGP", memberNumber = "" });
        var student = await society.AddMember("Aisha Rahman", "MedicalStudent");
        var accredited = await society.AddGroup(leader, [gp, hacker, student]);
        var plain = (await (await society.Client.PostAsJsonAsync("/api/groups", new
        {
            name = "Unaccredited group", city = "Perth", timeZone = "Australia/Perth", mode = "InPerson",
            leaders = new[] { new { memberId = leader, role = "Leader" } }, memberIds = new[] { gp },
        })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
        foreach (var (group, date, minutes) in new[] { (accredited, "2026-02-04", (int?)null), (accredited, "2026-05-06", 70), (plain, "2026-03-07", null), (accredited, "2026-08-05", null) })
        {
            var meeting = (await society.Schedule(group, $"{date}T19:00"))["id"]!.GetValue<int>();
            var entries = group == accredited
                ? new object[] { new { memberId = gp, status = minutes is null ? "Present" : "Late", minutesAttended = minutes }, new { memberId = hacker, status = "Present" }, new { memberId = student, status = "Present" } }
                : [new { memberId = gp, status = "Present" }];
            await (await society.SaveRegister(meeting, entries)).ReadJson(HttpStatusCode.OK);
            await (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
        }

        var open = (await society.Schedule(accredited, "2026-11-18T19:00"))["id"]!.GetValue<int>();
        await (await society.SaveRegister(open, new { memberId = gp, status = "Present" })).ReadJson(HttpStatusCode.OK);
        return new Setup(app, society, gp, hacker, student, accredited, plain, open);
    }

    [Fact]
    public async Task TheRacgpReportMatchesEachMembersStatementForTheirAccreditedActivities()
    {
        var s = await AYear();
        await using var _ = s.App;

        var response = await s.Society.Client.GetAsync("/api/reports/colleges/RACGP/2026.csv");
        var rows = CsvRows.Parse(await response.Content.ReadAsByteArrayAsync());
        var statement = await (await s.Society.Client.GetAsync($"/api/members/{s.Gp}/cpd?college=RACGP&year=2026")).ReadJson(HttpStatusCode.OK);

        Assert.Equal("RACGP-2026-2026-01-01-to-2026-12-31.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var mere = Assert.Single(rows, r => r["RACGP number"] == "551203");
        Assert.Equal(("Tūhoe-Ngāwai", "Mere", "RACGP-1", "3", "250"), (mere["Family name"], mere["Given names"], mere["Activity number"], mere["Meetings attended"], mere["Minutes attended"]));
        // The statement also credits the unaccredited Perth group (1.5 h), which the college report leaves out.
        Assert.Equal(statement["totals"]!["RP"]!.GetValue<decimal>() - 1.5m, decimal.Parse(mere["RP hours"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("4", mere["RP hours"]);
        Assert.DoesNotContain(rows, r => r["Given names"].Contains("Aisha"));
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task AFormulaForANameIsNeutralisedAndExcelGetsAByteOrderMark()
    {
        var s = await AYear();
        await using var _ = s.App;

        var bytes = await (await s.Society.Client.GetAsync("/api/reports/colleges/RACGP/2026.csv?excel=true")).Content.ReadAsByteArrayAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Ngāwai", Encoding.UTF8.GetString(bytes));
        var hacker = CsvRows.Parse(bytes[3..]).Single(r => r["RACGP number"] == "");
        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", hacker["Family name"]);
        Assert.DoesNotContain(CsvRows.Parse(bytes[3..]).SelectMany(r => r.Values), v => v.StartsWith('='));
    }

    [Fact]
    public async Task TheCheckNamesEachProblemToFix()
    {
        var s = await AYear();
        await using var _ = s.App;

        var check = await (await s.Society.Client.GetAsync("/api/reports/colleges/RACGP/2026/check")).ReadJson(HttpStatusCode.OK);

        var problems = check["problems"]!.AsArray().Select(p => (Kind: p!["kind"]!.GetValue<string>(), Node: p)).ToList();
        Assert.Contains(problems, p => p.Kind == "MemberWithoutNumber" && p.Node!["memberId"]!.GetValue<int>() == s.Hacker);
        Assert.Contains(problems, p => p.Kind == "OpenRegister" && p.Node!["meetingId"]!.GetValue<int>() == s.OpenMeeting);
        Assert.Contains(problems, p => p.Kind == "ActivityWithoutNumber" && p.Node!["groupId"]!.GetValue<int>() == s.Plain);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public async Task TheRegisterExportHasOneRowPerAttendanceInLocalTime()
    {
        var s = await AYear();
        await using var _ = s.App;

        var all = CsvRows.Parse(await (await s.Society.Client.GetAsync("/api/reports/attendance.csv?from=2026-01-01&to=2026-12-31")).Content.ReadAsByteArrayAsync());
        var perth = CsvRows.Parse(await (await s.Society.Client.GetAsync($"/api/reports/attendance.csv?groupId={s.Plain}")).Content.ReadAsByteArrayAsync());

        // 11 marked lines, and 4 leaders left unmarked that locking recorded as Absent.
        Assert.Equal(15, all.Count);
        Assert.Equal(4, all.Count(r => r["Status"] == "Absent"));
        Assert.Equal(("2026-03-07", "19:00", "20:30", "AWST", "Unaccredited group", "yes"),
            (perth[0]["Local date"], perth[0]["Start"], perth[0]["End"], perth[0]["Zone"], perth[0]["Group or workshop"], perth[0]["Register locked"]));
        Assert.Equal("no", all.Last()["Register locked"]);
        Assert.Contains(all, r => r["Profession"] == "Medical student");
    }

    [Fact]
    public async Task TheCheckNamesACategoryTheRuleSetCreditsButTheLayoutCannotShow()
    {
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var nmba = await (await admin.GetAsync("/api/rule-sets/NMBA")).Content.ReadAsStringAsync();
        var changed = nmba.Replace("\"category\":\"CPD\"", "\"category\":\"REFLECT\"").Replace("\"CPD\":\"Continuing professional development\"", "\"CPD\":\"Continuing professional development\",\"REFLECT\":\"Reflective practice\"");
        Assert.NotEqual(nmba, changed);
        await (await admin.PutAsync("/api/rule-sets/NMBA", new StringContent(changed, Encoding.UTF8, "application/json"))).ReadJson(HttpStatusCode.OK);

        var check = await (await admin.GetAsync("/api/reports/colleges/NMBA/2026/check")).ReadJson(HttpStatusCode.OK);

        var problem = Assert.Single(check["problems"]!.AsArray())!;
        Assert.Equal("LayoutMissingCategory", problem["kind"]!.GetValue<string>());
        Assert.Contains("REFLECT", problem["message"]!.GetValue<string>());
        Assert.Equal(2, (await (await admin.GetAsync("/api/rule-sets/NMBA")).ReadJson(HttpStatusCode.OK))["version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/reports/colleges/XYZ/2026.csv", "college")]
    [InlineData("/api/reports/colleges/RACGP/1999/check", "year")]
    [InlineData("/api/reports/attendance.csv?from=2026-02-01&to=2026-01-01", "from")]
    public async Task BadReportRequestsAreClearBadRequests(string url, string field)
    {
        await using var app = new CpdTrackerApplication();
        Assert.NotEmpty(await (await (await app.CreateAdminClientAsync()).GetAsync(url)).ProblemFor(field));
    }
}
