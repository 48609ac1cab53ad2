using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

/// <summary>Input a client can send that once gave 500s: each is a 400 problem naming what is wrong, and nothing is
/// written.</summary>
public sealed class MalformedInputTests(MalformedInputTests.AMeeting seed) : IClassFixture<MalformedInputTests.AMeeting>
{
    /// <summary>A member leading a group with one meeting, in an application the tests share: each is refused and
    /// writes nothing.</summary>
    public sealed class AMeeting : IAsyncLifetime
    {
        public CpdTrackerApplication App { get; } = new();

        public HttpClient Admin { get; private set; } = null!;

        public int Member { get; private set; }

        public int Group { get; private set; }

        public int Meeting { get; private set; }

        public async Task InitializeAsync()
        {
            Admin = await App.SharedAdminClientAsync();
            var society = new Society(Admin);
            Member = await society.AddMember("Member");
            Group = await society.AddGroup(Member, []);
            Meeting = (await society.ScheduleMeeting(Group)).Id;
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private const string Member =
        "\"fullName\":\"A\",\"email\":\"a@example.org\",\"profession\":\"GP\",\"country\":\"AU\"";
    private const string Group =
        "\"name\":\"G\",\"city\":\"Perth\",\"timeZone\":\"Australia/Perth\",\"mode\":\"Online\"";
    private const string Leaders = "\"leaders\":[{\"memberId\":MEMBER,\"role\":\"Leader\"}]";

    public static TheoryData<string, string, string, string> Bodies => new()
    {
        { "PUT", "/api/meetings/MEETING/attendance", "{\"entries\":[null]}", "entries[0]" },
        { "POST", "/api/members", $"{{{Member},\"collegeMemberships\":[null]}}", "collegeMemberships[0]" },
        { "POST", "/api/groups", $"{{{Group},\"leaders\":[null]}}", "leaders[0]" },
        { "POST", "/api/groups", $"{{{Group},{Leaders},\"enrolments\":[null]}}", "enrolments[0]" },
        { "POST", "/api/groups", $"{{{Group},{Leaders},\"accreditations\":[null]}}", "accreditations[0]" },
        {
            "POST", "/api/workshops",
            "{\"title\":\"W\",\"venue\":\"V\",\"timeZone\":\"Australia/Sydney\",\"startDate\":\"2026-03-19\"," +
            "\"endDate\":\"2026-03-22\",\"accreditations\":[null]}",
            "accreditations[0]"
        },
        {
            "POST", "/api/groups/GROUP/meetings",
            "{\"startsAtLocal\":\"9999-12-31T23:58\",\"durationMinutes\":720,\"mode\":\"Online\"}", "startsAtLocal"
        },
        {
            "POST", "/api/groups/GROUP/meetings",
            "{\"startsAtLocal\":\"0001-01-01T00:00\",\"durationMinutes\":90,\"mode\":\"Online\"}", "startsAtLocal"
        },
        {
            "POST", "/api/members",
            $"{{{Member},\"collegeMemberships\":[{{\"college\":\"RACGP\",\"memberNumber\":\"1\"," +
            $"\"cycleStart\":\"0001-01-01\"}}]}}",
            "collegeMemberships[0].cycleStart"
        },
        {
            "POST", "/api/groups",
            $"{{{Group},{Leaders},\"enrolments\":[{{\"memberId\":MEMBER,\"joinedOn\":\"9999-12-31\"}}]}}",
            "enrolments[0].joinedOn"
        },
        {
            "POST", "/api/workshops",
            "{\"title\":\"W\",\"venue\":\"V\",\"timeZone\":\"Australia/Sydney\",\"startDate\":\"0001-01-01\"," +
            "\"endDate\":\"0001-01-02\"}",
            "startDate"
        },
        { "PUT", "/api/rule-sets/NMBA", "{\"name\":\"\\uD800\"}", "body" },
        { "PUT", "/api/rule-sets/NMBA", "{\"college\":\"NMBA\",\"college\":\"RACGP\"}", "college" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task AMalformedBodyIsAProblemNamingTheFieldAndNothingIsWritten(
        string method, string url, string body, string field)
    {
        var before = await RowsAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), Fill(url))
        {
            Content = new StringContent(Fill(body), Encoding.UTF8, "application/json"),
        };

        var response = await seed.Admin.SendAsync(request);

        Assert.False(string.IsNullOrEmpty(await response.ProblemFor(field)));
        Assert.Equal(before, await RowsAsync());
    }

    [Theory]
    [InlineData("/api/members/MEMBER/cpd?college=RACGP&date=9999-12-31", "date")]
    [InlineData("/api/members/MEMBER/cpd?college=RACGP&date=0001-01-01", "date")]
    [InlineData("/api/members/MEMBER/cpd/summary?date=9999-12-31", "date")]
    [InlineData("/api/members/MEMBER/cpd/interim.pdf?college=RACGP&date=9999-12-31", "date")]
    [InlineData("/api/reports/colleges/RACGP/2026/check?date=0001-01-01", "date")]
    [InlineData("/api/reports/attendance.csv?from=0001-01-01", "from")]
    [InlineData("/api/reports/attendance.csv?to=9999-12-31", "to")]
    [InlineData("/api/groups/GROUP/meetings?from=0001-01-01", "from")]
    [InlineData("/api/members/MEMBER/attendance?to=9999-12-31", "to")]
    public async Task ADateOutsideTheYears2000To2100IsAProblemNamingTheParameter(string url, string field)
    {
        var response = await seed.Admin.GetAsync(Fill(url));

        Assert.Contains("between 2000-01-01 and 2100-12-31", await response.ProblemFor(field));
    }

    [Fact]
    public async Task AnExportThatFailsPartWayFailsVisiblyInsteadOfLookingComplete()
    {
        // Its own application: it stores a row no export can write.
        await using var app = new CpdTrackerApplication();
        var admin = await app.CreateAdminClientAsync();
        var society = new Society(admin);
        var member = await society.AddMember("Member");
        var meeting = (await society.ScheduleMeeting(await society.AddGroup(member, []))).Id;

        // A row the export cannot write, stored before dates were bounded: the export must not end as if it were
        // complete.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
            db.Attendances.Add(new CpdTracker.Domain.Meetings.Attendance
            {
                MeetingId = meeting,
                MemberId = member,
                Status = CpdTracker.Domain.Meetings.AttendanceStatus.Present,
                MinutesAttended = 90,
            });
            await db.SaveChangesAsync();
            // Quoted names, so the same SQL runs on SQLite and PostgreSQL.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Meetings" ("Kind", "Title", "StartsAtUtc", "TimeZone", "LocalDate", "DurationMinutes",
                    "Mode", "Status", "GroupId", "Version", "CertificatesDue", "Backfilled")
                SELECT "Kind", "Title", '9999-12-31 12:58:00', "TimeZone", '9999-12-31', 720,
                    "Mode", "Status", "GroupId", "Version", "CertificatesDue", "Backfilled"
                FROM "Meetings" WHERE "Id" = {0}
                """, meeting);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Attendances" ("MeetingId", "MemberId", "Status", "MinutesAttended", "Role")
                SELECT (SELECT MAX("Id") FROM "Meetings"), "MemberId", "Status", "MinutesAttended", "Role"
                FROM "Attendances" WHERE "MeetingId" = {0}
                """, meeting);
        }

        var response = await admin.GetAsync("/api/reports/attendance.csv", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => response.Content.ReadAsStringAsync());
    }

    private string Fill(string text) => text.Replace("MEMBER", $"{seed.Member}")
        .Replace("GROUP", $"{seed.Group}")
        .Replace("MEETING", $"{seed.Meeting}");

    private async Task<string> RowsAsync()
    {
        await using var scope = seed.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdTracker.Api.Data.CpdDbContext>();
        return $"{await db.Members.CountAsync()} {await db.Groups.CountAsync()} {await db.Workshops.CountAsync()} " +
               $"{await db.Meetings.CountAsync()} {await db.Attendances.CountAsync()} " +
               $"{await db.RuleSets.CountAsync()} {await db.AuditEntries.CountAsync()}";
    }
}
