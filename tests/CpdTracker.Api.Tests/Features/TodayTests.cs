using CpdTracker.Api.Data;
using CpdTracker.Api.Features.Cpd;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace CpdTracker.Api.Tests.Features;

/// <summary>A member's "today" is the date in their own zone; an issue date is the date where the issued thing
/// is.</summary>
public sealed class TodayTests
{
    [Fact]
    public async Task AStatementWithoutADateIsForTodayInTheMembersZone()
    {
        // 12:00 UTC on 31 December is already 1 January 2027 in Auckland (NZDT, +13).
        await using var app = new CpdTrackerApplication
        {
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero)),
        };
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader", "GP", "NZ");
        var gp = await society.AddMember("Dr Hēmi Walker", "GP", "NZ", new { college = "RACGP", memberNumber = "77" });
        await society.AddGroup(leader, [gp], "Pacific/Auckland");

        var statement = await (await society.Client.GetAsync($"/api/members/{gp}/cpd?college=RACGP"))
            .ReadAs<CpdStatementResponse>(HttpStatusCode.OK);
        var interim = await society.Client.GetAsync($"/api/members/{gp}/cpd/interim.pdf?college=RACGP");

        Assert.Equal(new DateOnly(2027, 1, 1), statement.PeriodStart);
        using var pdf = PdfDocument.Open(await interim.Content.ReadAsByteArrayAsync());
        Assert.Contains("1 January 2027", pdf.GetPage(1).Text);
    }

    [Fact]
    public async Task APerthMembersAnnualSummaryIsDatedInPerth()
    {
        // 14:00 UTC on 15 January is 22:00 in Perth (+8) but already 16 January in Sydney (+11).
        await using var app = new CpdTrackerApplication
        {
            Clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 15, 14, 0, 0, TimeSpan.Zero)),
        };
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var gp = await society.AddMember("Dr Priya Shah", "GP", "AU", new { college = "RACGP", memberNumber = "88" });
        var group = await society.AddGroup(leader, [gp], "Australia/Perth");
        var meeting = (await society.ScheduleMeeting(group, "2026-06-10T19:00")).Id;
        await (await society.SaveRegister(meeting, new { memberId = gp, status = "Present" }))
            .ReadJson(HttpStatusCode.OK);
        await society.Lock(meeting);

        await (await society.Client.PostAsync("/api/summaries/run", null)).Content.ReadAsStringAsync();
        var summary = (await society.CertificatesWhen(gp, l => l.Any(d => d.Kind == DocumentKind.AnnualSummary)))
            .First(d => d.Kind == DocumentKind.AnnualSummary);

        Assert.Equal(new DateOnly(2027, 1, 15), summary.IssueDate);
    }

    [Fact]
    public async Task AYearThatNoPeriodEndsInIsReportedOnTheYear()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var gp = await society.AddMember("Dr Hēmi Walker", "GP", "NZ", new { college = "RNZCGP", memberNumber = "77" });

        var response = await society.Client.GetAsync($"/api/members/{gp}/cpd?college=RNZCGP&year=2027");

        Assert.Contains("2028", await response.ProblemFor("year"));
    }
}
