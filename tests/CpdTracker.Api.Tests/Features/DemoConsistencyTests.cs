using System.Globalization;
using CpdTracker.Api.Data;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.Groups;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Members;
using CpdTracker.Api.Features.Workshops;
using CpdTracker.Domain.Meetings;
using CpdTracker.Domain.Members;
using CpdTracker.Reports.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Features;

/// <summary>The demo society, loaded once: what it holds, and, for every member, college and period, that the
/// certificates, the statement, the annual summary and the college CSV say the same credit.</summary>
[Collection(DemoSocietyCollection.Name)]
public sealed class DemoConsistencyTests(DemoSociety demo)
{
    [Fact]
    public async Task TheDemoSocietyLoadsIntoAnEmptyDatabaseWithGroupsInFourZonesAndAYearOfRegisters()
    {
        var client = await demo.App.SharedAdminClientAsync();

        var groups = await (await client.GetAsync("/api/groups")).ReadAs<List<GroupResponse>>(HttpStatusCode.OK);
        Assert.Equal(["Australia/Melbourne", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland"],
            groups.Select(g => g.TimeZone).Order().ToArray());
        var members = await (await client.GetAsync("/api/members")).ReadAs<List<MemberResponse>>(HttpStatusCode.OK);
        Assert.Contains(members, m => m.Profession == Profession.MedicalStudent);
        Assert.Contains(members, m => m.FullName == "Dr Mere Tūhoe-Ngāwai");

        var melbourne = await (await client.GetAsync("/api/groups/1/meetings?from=2025-11-22&to=2026-11-22"))
            .ReadAs<List<MeetingResponse>>(HttpStatusCode.OK);
        Assert.InRange(melbourne.Count, 25, 27);
        var lockedOne = melbourne.First(m => m.Status == MeetingStatus.Locked).Id;
        var lockedRegister = await (await client.GetAsync($"/api/meetings/{lockedOne}/attendance"))
            .ReadAs<RegisterResponse>(HttpStatusCode.OK);
        Assert.Equal(7, lockedRegister.Entries.Count);
        Assert.Single(
            await (await client.GetAsync("/api/workshops")).ReadAs<List<WorkshopResponse>>(HttpStatusCode.OK));
    }

    [Fact]
    public async Task EveryGroupsLatestMeetingThatHasStartedWaitsToBeMarkedSoALeaderTryingTheDemoHasARegisterToLock()
    {
        var client = await demo.App.SharedAdminClientAsync();
        var now = demo.App.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var groups = await (await client.GetAsync("/api/groups")).ReadAs<List<GroupResponse>>(HttpStatusCode.OK);

        foreach (var group in groups)
        {
            var url = $"/api/groups/{group.Id}/meetings?from={today.AddDays(-70):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
            var started = (await (await client.GetAsync(url)).ReadAs<List<MeetingResponse>>(HttpStatusCode.OK))
                .Where(m => m.StartsAtUtc <= now).OrderBy(m => m.StartsAtUtc).ToList();
            var latest = started[^1];
            Assert.True(latest.Status == MeetingStatus.Scheduled,
                $"{group.Name}: {latest.LocalDate} is {latest.Status}.");
            var register = await (await client.GetAsync($"/api/meetings/{latest.Id}/attendance"))
                .ReadAs<RegisterResponse>(HttpStatusCode.OK);
            Assert.All(register.Entries,
                line => Assert.False(line.Marked, $"{group.Name}: {line.FullName} is marked."));
            Assert.All(started.SkipLast(1), m => Assert.Equal(MeetingStatus.Locked, m.Status));
        }
    }

    [Fact]
    public async Task CertificatesStatementsSummariesAndCollegeCsvAgreeForEveryMemberCollegeAndPeriod()
    {
        var app = demo.App;
        var admin = await app.SharedAdminClientAsync();
        await app.WaitForJobsAsync(120);
        await (await admin.PostAsync("/api/summaries/run", null)).Content.ReadAsStringAsync();
        await app.WaitForJobsAsync(120);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        var memberships = await db.Set<CpdTracker.Domain.Members.CollegeMembership>().AsNoTracking().ToListAsync();
        var documents = await db.IssuedDocuments.AsNoTracking().Where(d => d.Status == DocumentStatus.Valid)
            .Select(d => new { d.MemberId, d.Kind, d.DataJson }).ToListAsync();
        var meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id);
        var numbered = (await db.Groups.AsNoTracking().ToListAsync())
            .SelectMany(g => g.Accreditations.Select(a => ($"group:{g.Id}", a.College)))
            .Concat((await db.Workshops.AsNoTracking().ToListAsync())
                .SelectMany(w => w.Accreditations.Select(a => ($"workshop:{w.Id}", a.College))))
            .ToHashSet();
        var csvCache = new Dictionary<(string, int), List<Dictionary<string, string>>>();
        var checkedPeriods = 0;

        foreach (var membership in memberships)
        {
            foreach (var probe in new[] { new DateOnly(2026, 11, 20), new DateOnly(2025, 12, 15) })
            {
                var response = await admin.GetAsync(
                    $"/api/members/{membership.MemberId}/cpd?college={membership.College}&date={probe:yyyy-MM-dd}");
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    continue; // No rule set or cycle for that date: nothing is credited there.
                }

                var statement = await response.ReadAs<CpdStatementResponse>(HttpStatusCode.OK);
                var (start, end) = (statement.PeriodStart, statement.PeriodEnd);
                var lines = statement.Lines.Where(l => l.Amount > 0).ToList();
                var byCategory = Sum(lines.Select(l => (l.Category, l.Amount)));
                var totals = statement.Totals.Where(t => t.Value > 0).ToDictionary();
                Assert.Equal(Sorted(totals), Sorted(byCategory));

                var certified = documents
                    .Where(d => d.MemberId == membership.MemberId && d.Kind != DocumentKind.AnnualSummary)
                    .SelectMany(d => CertifiedIn(d.Kind, d.DataJson, start, end))
                    .Where(c => c.College == membership.College)
                    .Select(c => (c.CategoryCode, c.Amount));
                Assert.True(Sorted(byCategory).SequenceEqual(Sorted(Sum(certified))),
                    $"member {membership.MemberId} {membership.College} {start}–{end}: " +
                    $"statement {Show(byCategory)}, certificates {Show(Sum(certified))}");

                if (end < new DateOnly(2026, 11, 8))
                {
                    var summary = documents
                        .Where(d => d.MemberId == membership.MemberId && d.Kind == DocumentKind.AnnualSummary)
                        .Select(d => JsonSerializer.Deserialize<AnnualSummaryData>(d.DataJson, DocumentStore.Json)!)
                        .Single(s => s.College == membership.College && s.PeriodStart == start && s.PeriodEnd == end);
                    Assert.Equal(Sorted(totals), Sorted(summary.Totals.Where(t => t.Value > 0).ToDictionary()));
                }

                var accredited = Sum(lines
                    .Where(l => numbered.Contains((ActivityKey(meetings[l.MeetingId]), membership.College)))
                    .Select(l => (l.Category, l.Amount)));
                var rows = await ReportRows(admin, csvCache, membership.College, end.Year);
                var reported = Sum(rows.Where(r => r[$"{membership.College} number"] == membership.MemberNumber)
                    .SelectMany(r => CsvLayouts.For(membership.College).Columns
                        .Where(c => CollegeReportFields.CategoryOf(c.Field) is not null)
                        .Select(c => (CollegeReportFields.CategoryOf(c.Field)!,
                            decimal.Parse(r[c.Header], CultureInfo.InvariantCulture)))));
                Assert.True(Sorted(accredited).SequenceEqual(Sorted(reported)),
                    $"member {membership.MemberId} {membership.College} {end.Year}: " +
                    $"statement {Show(accredited)}, CSV {Show(reported)}");
                checkedPeriods++;
            }
        }

        Assert.True(checkedPeriods > 30,
            $"only {checkedPeriods} member × college × period combinations were checked");
    }

    private static IEnumerable<CpdTracker.Reports.Documents.Models.CreditLine> CertifiedIn(
        DocumentKind kind, string json, DateOnly start, DateOnly end)
    {
        if (kind == DocumentKind.AttendanceCertificate)
        {
            var data = JsonSerializer.Deserialize<AttendanceCertificateData>(json, DocumentStore.Json)!;
            return data.Activity.LocalDate >= start && data.Activity.LocalDate <= end ? data.Credits : [];
        }

        var workshop = JsonSerializer.Deserialize<WorkshopCertificateData>(json, DocumentStore.Json)!;
        return workshop.Sessions.All(s => s.LocalDate >= start && s.LocalDate <= end) ? workshop.Credits : [];
    }

    private static string ActivityKey(CpdTracker.Domain.Meetings.Meeting m) =>
        m.GroupId is { } g ? $"group:{g}" : $"workshop:{m.WorkshopId}";

    private static async Task<List<Dictionary<string, string>>> ReportRows(
        HttpClient admin, Dictionary<(string, int), List<Dictionary<string, string>>> cache, string college, int year)
    {
        if (!cache.TryGetValue((college, year), out var rows))
        {
            var response = await admin.GetAsync($"/api/reports/colleges/{college}/{year}.csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            rows = cache[(college, year)] = Infrastructure.CsvRows.Parse(await response.Content.ReadAsByteArrayAsync());
        }

        return rows;
    }

    private static Dictionary<string, decimal> Sum(IEnumerable<(string Category, decimal Amount)> amounts) =>
        amounts.GroupBy(a => a.Category)
            .Select(g => (g.Key, Total: g.Sum(a => a.Amount)))
            .Where(x => x.Total != 0)
            .ToDictionary(x => x.Key, x => x.Total);

    private static IEnumerable<KeyValuePair<string, decimal>> Sorted(Dictionary<string, decimal> amounts) =>
        amounts.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    private static string Show(Dictionary<string, decimal> amounts) =>
        string.Join(", ", Sorted(amounts).Select(kv => $"{kv.Key} {kv.Value}"));
}
