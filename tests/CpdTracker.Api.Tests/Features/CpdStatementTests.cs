using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Workshops;

namespace CpdTracker.Api.Tests.Features;

/// <summary>The tests read statements of one year of attendance, built once.</summary>
public sealed class CpdStatementTests(CpdStatementTests.YearOfAttendance year)
    : IClassFixture<CpdStatementTests.YearOfAttendance>
{
    /// <summary>A GP of RACGP and ACRRM through 2026: eleven group meetings (the last register still open) and two
    /// workshop sessions.</summary>
    public sealed class YearOfAttendance : IAsyncLifetime
    {
        private static readonly (string Date, string Status, int? Minutes, string? Role)[] Year =
        [
            ("2026-01-14", "Present", null, null), ("2026-02-11", "Late", 70, null),
            ("2026-03-11", "LeftEarly", 20, null), ("2026-04-08", "Apology", null, null),
            ("2026-05-13", "Present", null, "Presenter"), ("2026-06-10", "Late", 45, null),
            ("2026-07-08", "Present", null, null), ("2026-08-12", "Absent", null, null),
            ("2026-09-09", "Present", null, null), ("2026-10-14", "LeftEarly", 65, null),
            ("2026-11-11", "Present", null, null),
        ];

        public CpdTrackerApplication App { get; } = new();

        public Society Society { get; private set; } = null!;

        public int Member { get; private set; }

        public async Task InitializeAsync()
        {
            Society = new Society(await App.SharedAdminClientAsync());
            var leader = await Society.AddMember("Leader");
            Member = await Society.AddMember("Dr Tom Nguyen", "GP", "AU",
                new { college = "RACGP", memberNumber = "551203" },
                new { college = "ACRRM", memberNumber = "AC-88412" });
            var group = await Society.AddGroup(leader, [Member]);
            foreach (var (date, status, minutes, role) in Year)
            {
                var meeting = (await Society.ScheduleMeeting(group, $"{date}T19:00")).Id;
                await (await Society.SaveRegister(meeting,
                    new { memberId = Member, status, minutesAttended = minutes, role })).ReadJson(HttpStatusCode.OK);
                if (date != "2026-11-11")
                {
                    await Society.Lock(meeting);
                }
            }

            var workshop = (await (await Society.Client.PostAsJsonAsync("/api/workshops", new
            {
                title = "Intensive",
                venue = "Sydney",
                timeZone = "Australia/Sydney",
                startDate = "2026-03-19",
                endDate = "2026-03-22",
                participantIds = new[] { Member },
            })).ReadAs<WorkshopResponse>(HttpStatusCode.Created)).Id;
            foreach (var (kind, status, minutes, duration) in
                new[] { ("WorkshopPlenary", "Present", (int?)null, 60), ("LeadershipTraining", "Late", 50, 90) })
            {
                var session = (await (await Society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions", new
                {
                    kind,
                    title = kind,
                    startsAtLocal = "2026-03-20T09:00".Replace("09", kind == "WorkshopPlenary" ? "09" : "14"),
                    durationMinutes = duration,
                    mode = "InPerson",
                })).ReadAs<MeetingResponse>(HttpStatusCode.Created)).Id;
                await (await Society.SaveRegister(session,
                    new { memberId = Member, status, minutesAttended = minutes })).ReadJson(HttpStatusCode.OK);
                await Society.Lock(session);
            }
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task AGpsRacgpYearMatchesTheHandComputedStatement()
    {
        var statement = await (await year.Society.Client.GetAsync(
                $"/api/members/{year.Member}/cpd?college=RACGP&year=2026"))
            .ReadAs<CpdStatementResponse>(HttpStatusCode.OK);

        Assert.Equal(("RACGP-2023", "hours", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
            (statement.RuleSetCode, statement.Unit, statement.PeriodStart, statement.PeriodEnd));
        // RP: 1.5 + 1.0 + 0 (20 min) + 0 (apology) + 1.5 + 0.75 + 1.5 + 0 (absent) + 1.5 + 1.0 = 8.75;
        // EA: 1.0 + 0.75 (50 min).
        Assert.Equal(8.75m, statement.Totals["RP"]);
        Assert.Equal(1.75m, statement.Totals["EA"]);
        Assert.Equal(0m, statement.Totals["MO"]);
        Assert.Equal(12, statement.Lines.Count);
        Assert.Equal(1, statement.OpenRegisters);
        var requirements = statement.Requirements.ToDictionary(r => r.Name);
        Assert.Equal(39.5m, requirements["Total"].Shortfall);
        Assert.Equal(10.75m, requirements["Educational activities"].Shortfall);
        Assert.True(requirements["Reviewing performance"].Met);
        Assert.Equal(16.25m, requirements["Reviewing performance and measuring outcomes"].Shortfall);
        var march = statement.Lines.First(l => l.LocalDate == new DateOnly(2026, 3, 11));
        Assert.Equal("20 of 90 min is below the 30-minute minimum", march.Explanation);
    }

    [Fact]
    public async Task TheSummaryGivesOneStatementForEachCollegeAndTheMemberSeesTheirOwn()
    {
        var own = await year.App.CreateMemberClientAsync(year.Member);

        var summary = await (await own.GetAsync($"/api/members/{year.Member}/cpd/summary?date=2026-06-30"))
            .ReadAs<List<CpdStatementResponse>>(HttpStatusCode.OK);

        Assert.Equal(["ACRRM", "RACGP"], summary.Select(s => s.College).ToArray());
        Assert.Equal(8.75m, summary[0].Totals["PR"]);
        Assert.Equal(1.75m, summary[0].Totals["EA"]);
    }

    [Theory]
    [InlineData("college=NMBA&year=2026", "college")]
    [InlineData("college=XYZ&year=2026", "college")]
    [InlineData("college=RACGP&year=2019", "year")]
    [InlineData("college=RACGP&year=2026&date=2026-01-01", "year")]
    public async Task AStatementThatCannotBeGivenIsAClearBadRequest(string query, string field)
    {
        Assert.NotEmpty(
            await (await year.Society.Client.GetAsync($"/api/members/{year.Member}/cpd?{query}")).ProblemFor(field));
    }

    [Fact]
    public async Task AnotherMembersStatementIsNotFoundAndNoTriennialPeriodEndsInAnOffYear()
    {
        var nz = await year.Society.AddMember("Dr Anna Kowalski", "GP", "NZ",
            new { college = "RNZCGP", memberNumber = "NZ-1" });

        Assert.Equal(HttpStatusCode.NotFound, (await (await year.App.CreateMemberClientAsync(nz))
            .GetAsync($"/api/members/{year.Member}/cpd?college=RACGP&year=2026")).StatusCode);
        Assert.Contains("No RNZCGP period ends in 2024", await (await year.Society.Client
            .GetAsync($"/api/members/{nz}/cpd?college=RNZCGP&year=2024")).ProblemFor("year"));
    }
}
