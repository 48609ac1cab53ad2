using System.Text;
using CpdTracker.Api.Features.CollegeReports;
using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.Groups;

namespace CpdTracker.Api.Tests.Features;

/// <summary>The report tests read one year of registers, built once; the reports cover every member, so nothing else
/// is added to it.</summary>
public sealed class ReportTests(ReportTests.AYear s) : IClassFixture<ReportTests.AYear>
{
    public sealed class AYear : IAsyncLifetime
    {
        public CpdTrackerApplication App { get; } = new();

        public Society Society { get; private set; } = null!;

        public int Gp { get; private set; }

        public int Hacker { get; private set; }

        public int Plain { get; private set; }

        public int OpenMeeting { get; private set; }

        public async Task InitializeAsync()
        {
            Society = new Society(await App.SharedAdminClientAsync());
            var leader = await Society.AddMember("Leader");
            Gp = await Society.AddMember("Dr Mere Tūhoe-Ngāwai", "GP", "AU",
                new { college = "RACGP", memberNumber = "551203" });
            Hacker = await Society.AddMember("=HYPERLINK(\"http://x\",\"y\")", "GP", "AU",
                new { college = "RACGP", memberNumber = "" });
            var student = await Society.AddMember("Aisha Rahman", "MedicalStudent");
            var accredited = await Society.AddGroup(leader, [Gp, Hacker, student]);
            Plain = (await (await Society.Client.PostAsJsonAsync("/api/groups", new
            {
                name = "Unaccredited group", city = "Perth", timeZone = "Australia/Perth", mode = "InPerson",
                leaders = new[] { new { memberId = leader, role = "Leader" } }, memberIds = new[] { Gp },
            })).ReadAs<GroupResponse>(HttpStatusCode.Created)).Id;
            foreach (var (group, date, minutes) in new[]
            {
                (accredited, "2026-02-04", (int?)null), (accredited, "2026-05-06", 70), (Plain, "2026-03-07", null),
                (accredited, "2026-08-05", null),
            })
            {
                var meeting = (await Society.ScheduleMeeting(group, $"{date}T19:00")).Id;
                var entries = group == accredited
                    ? new object[]
                    {
                        new { memberId = Gp, status = minutes is null ? "Present" : "Late", minutesAttended = minutes },
                        new { memberId = Hacker, status = "Present" },
                        new { memberId = student, status = "Present" },
                    }
                    : [new { memberId = Gp, status = "Present" }];
                await (await Society.SaveRegister(meeting, entries)).ReadJson(HttpStatusCode.OK);
                await Society.Lock(meeting);
            }

            OpenMeeting = (await Society.ScheduleMeeting(accredited, "2026-11-18T19:00")).Id;
            await (await Society.SaveRegister(OpenMeeting, new { memberId = Gp, status = "Present" }))
                .ReadJson(HttpStatusCode.OK);
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task TheRacgpReportMatchesEachMembersStatementForTheirAccreditedActivities()
    {
        var response = await s.Society.Client.GetAsync("/api/reports/colleges/RACGP/2026.csv");
        var rows = CsvRows.Parse(await response.Content.ReadAsByteArrayAsync());
        var statement = await (await s.Society.Client.GetAsync($"/api/members/{s.Gp}/cpd?college=RACGP&year=2026"))
            .ReadAs<CpdStatementResponse>(HttpStatusCode.OK);

        Assert.Equal("RACGP-2026-2026-01-01-to-2026-12-31.csv",
            response.Content.Headers.ContentDisposition?.FileNameStar
                ?? response.Content.Headers.ContentDisposition?.FileName);
        var mere = Assert.Single(rows, r => r["RACGP number"] == "551203");
        Assert.Equal(("Tūhoe-Ngāwai", "Mere", "RACGP-1", "3", "250"),
            (mere["Family name"], mere["Given names"], mere["Activity number"], mere["Meetings attended"],
                mere["Minutes attended"]));
        // The statement also credits the unaccredited Perth group (1.5 h), which the college report leaves out.
        Assert.Equal(statement.Totals["RP"] - 1.5m,
            decimal.Parse(mere["RP hours"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("4", mere["RP hours"]);
        Assert.DoesNotContain(rows, r => r["Given names"].Contains("Aisha"));
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task AFormulaForANameIsNeutralisedAndExcelGetsAByteOrderMark()
    {
        var bytes = await (await s.Society.Client.GetAsync("/api/reports/colleges/RACGP/2026.csv?excel=true"))
            .Content.ReadAsByteArrayAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Ngāwai", Encoding.UTF8.GetString(bytes));
        var hacker = CsvRows.Parse(bytes[3..]).Single(r => r["RACGP number"] == "");
        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", hacker["Family name"]);
        Assert.DoesNotContain(CsvRows.Parse(bytes[3..]).SelectMany(r => r.Values), v => v.StartsWith('='));
    }

    [Fact]
    public async Task TheCheckNamesEachProblemToFix()
    {
        var check = await (await s.Society.Client.GetAsync("/api/reports/colleges/RACGP/2026/check"))
            .ReadAs<ReportCheckResponse>(HttpStatusCode.OK);

        Assert.Contains(check.Problems, p => p.Kind == ReportProblemKind.MemberWithoutNumber && p.MemberId == s.Hacker);
        Assert.Contains(check.Problems, p => p.Kind == ReportProblemKind.OpenRegister && p.MeetingId == s.OpenMeeting);
        Assert.Contains(check.Problems, p => p.Kind == ReportProblemKind.ActivityWithoutNumber && p.GroupId == s.Plain);
        Assert.Equal(3, check.Problems.Count);
    }

    [Fact]
    public async Task TheRegisterExportHasOneRowPerAttendanceInLocalTime()
    {
        var all = CsvRows.Parse(await (await s.Society.Client.GetAsync(
            "/api/reports/attendance.csv?from=2026-01-01&to=2026-12-31")).Content.ReadAsByteArrayAsync());
        var perth = CsvRows.Parse(await (await s.Society.Client.GetAsync(
            $"/api/reports/attendance.csv?groupId={s.Plain}")).Content.ReadAsByteArrayAsync());

        // 11 marked lines, and 4 leaders left unmarked that locking recorded as Absent.
        Assert.Equal(15, all.Count);
        Assert.Equal(4, all.Count(r => r["Status"] == "Absent"));
        Assert.Equal(("2026-03-07", "19:00", "20:30", "AWST", "Unaccredited group", "yes"),
            (perth[0]["Local date"], perth[0]["Start"], perth[0]["End"], perth[0]["Zone"],
                perth[0]["Group or workshop"], perth[0]["Register locked"]));
        Assert.Equal("no", all.Last()["Register locked"]);
        Assert.Contains(all, r => r["Profession"] == "Medical student");
    }

    [Fact]
    public async Task TheCheckNamesACategoryTheRuleSetCreditsButTheLayoutCannotShow()
    {
        // Its own application: it changes a shipped rule set.
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var nmba = await (await admin.GetAsync("/api/rule-sets/NMBA")).Content.ReadAsStringAsync();
        var changed = nmba.Replace("\"category\":\"CPD\"", "\"category\":\"REFLECT\"")
            .Replace("\"CPD\":\"Continuing professional development\"",
                "\"CPD\":\"Continuing professional development\",\"REFLECT\":\"Reflective practice\"");
        Assert.NotEqual(nmba, changed);
        await (await admin.PutAsync("/api/rule-sets/NMBA",
            new StringContent(changed, Encoding.UTF8, "application/json"))).ReadJson(HttpStatusCode.OK);

        var check = await (await admin.GetAsync("/api/reports/colleges/NMBA/2026/check"))
            .ReadAs<ReportCheckResponse>(HttpStatusCode.OK);

        var problem = Assert.Single(check.Problems);
        Assert.Equal(ReportProblemKind.LayoutMissingCategory, problem.Kind);
        Assert.Contains("REFLECT", problem.Message);
        var ruleSet = await (await admin.GetAsync("/api/rule-sets/NMBA")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(2, ruleSet["version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/reports/colleges/XYZ/2026.csv", "college")]
    [InlineData("/api/reports/colleges/RACGP/1999/check", "year")]
    [InlineData("/api/reports/attendance.csv?from=2026-02-01&to=2026-01-01", "from")]
    public async Task BadReportRequestsAreClearBadRequests(string url, string field)
    {
        Assert.NotEmpty(await (await s.Society.Client.GetAsync(url)).ProblemFor(field));
    }
}
