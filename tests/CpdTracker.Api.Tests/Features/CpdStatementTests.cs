namespace CpdTracker.Api.Tests.Features;

public sealed class CpdStatementTests
{
    private static readonly (string Date, string Status, int? Minutes, string? Role)[] Year =
    [
        ("2026-01-14", "Present", null, null), ("2026-02-11", "Late", 70, null), ("2026-03-11", "LeftEarly", 20, null),
        ("2026-04-08", "Apology", null, null), ("2026-05-13", "Present", null, "Presenter"), ("2026-06-10", "Late", 45, null),
        ("2026-07-08", "Present", null, null), ("2026-08-12", "Absent", null, null), ("2026-09-09", "Present", null, null),
        ("2026-10-14", "LeftEarly", 65, null), ("2026-11-11", "Present", null, null),
    ];

    /// <summary>A GP of RACGP and ACRRM through 2026: eleven group meetings (the last register still open) and two workshop sessions.</summary>
    private static async Task<(CpdTrackerApplication App, Society Society, int Member)> AYearOfAttendance()
    {
        var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var leader = await society.AddMember("Leader");
        var gp = await society.AddMember("Dr Tom Nguyen", "GP", "AU", new { college = "RACGP", memberNumber = "551203" }, new { college = "ACRRM", memberNumber = "AC-88412" });
        var group = await society.AddGroup(leader, [gp]);
        foreach (var (date, status, minutes, role) in Year)
        {
            var meeting = (await society.Schedule(group, $"{date}T19:00"))["id"]!.GetValue<int>();
            await (await society.SaveRegister(meeting, new { memberId = gp, status, minutesAttended = minutes, role })).ReadJson(HttpStatusCode.OK);
            if (date != "2026-11-11")
            {
                await (await society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
            }
        }

        var workshop = (await (await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Intensive", venue = "Sydney", timeZone = "Australia/Sydney", startDate = "2026-03-19", endDate = "2026-03-22", participantIds = new[] { gp },
        })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
        foreach (var (kind, status, minutes, duration) in new[] { ("WorkshopPlenary", "Present", (int?)null, 60), ("LeadershipTraining", "Late", 50, 90) })
        {
            var session = (await (await society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions", new
            {
                kind, title = kind, startsAtLocal = "2026-03-20T09:00".Replace("09", kind == "WorkshopPlenary" ? "09" : "14"), durationMinutes = duration, mode = "InPerson",
            })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
            await (await society.SaveRegister(session, new { memberId = gp, status, minutesAttended = minutes })).ReadJson(HttpStatusCode.OK);
            await (await society.Client.PostAsync($"/api/meetings/{session}/lock", null)).ReadJson(HttpStatusCode.OK);
        }

        return (app, society, gp);
    }

    [Fact]
    public async Task AGpsRacgpYearMatchesTheHandComputedStatement()
    {
        var (app, society, gp) = await AYearOfAttendance();
        await using var _ = app;

        var statement = await (await society.Client.GetAsync($"/api/members/{gp}/cpd?college=RACGP&year=2026")).ReadJson(HttpStatusCode.OK);

        Assert.Equal(("RACGP-2023", "hours", "2026-01-01", "2026-12-31"), (statement["ruleSetCode"]!.GetValue<string>(), statement["unit"]!.GetValue<string>(),
            statement["periodStart"]!.GetValue<string>(), statement["periodEnd"]!.GetValue<string>()));
        // RP: 1.5 + 1.0 + 0 (20 min) + 0 (apology) + 1.5 + 0.75 + 1.5 + 0 (absent) + 1.5 + 1.0 = 8.75; EA: 1.0 + 0.75 (50 min).
        Assert.Equal(8.75m, statement["totals"]!["RP"]!.GetValue<decimal>());
        Assert.Equal(1.75m, statement["totals"]!["EA"]!.GetValue<decimal>());
        Assert.Equal(0m, statement["totals"]!["MO"]!.GetValue<decimal>());
        Assert.Equal(12, statement["lines"]!.AsArray().Count);
        Assert.Equal(1, statement["openRegisters"]!.GetValue<int>());
        var requirements = statement["requirements"]!.AsArray().ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!);
        Assert.Equal(39.5m, requirements["Total"]["shortfall"]!.GetValue<decimal>());
        Assert.Equal(10.75m, requirements["Educational activities"]["shortfall"]!.GetValue<decimal>());
        Assert.True(requirements["Reviewing performance"]["met"]!.GetValue<bool>());
        Assert.Equal(16.25m, requirements["Reviewing performance and measuring outcomes"]["shortfall"]!.GetValue<decimal>());
        var march = statement["lines"]!.AsArray().First(l => l!["localDate"]!.GetValue<string>() == "2026-03-11")!;
        Assert.Equal("20 of 90 min is below the 30-minute minimum", march["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSummaryGivesOneStatementForEachCollegeAndTheMemberSeesTheirOwn()
    {
        var (app, society, gp) = await AYearOfAttendance();
        await using var _ = app;
        var own = await app.CreateMemberClientAsync(gp);

        var summary = (await (await own.GetAsync($"/api/members/{gp}/cpd/summary?date=2026-06-30")).ReadJson(HttpStatusCode.OK)).AsArray();

        Assert.Equal(["ACRRM", "RACGP"], summary.Select(s => s!["college"]!.GetValue<string>()).ToArray());
        Assert.Equal(8.75m, summary[0]!["totals"]!["PR"]!.GetValue<decimal>());
        Assert.Equal(1.75m, summary[0]!["totals"]!["EA"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("college=NMBA&year=2026", "college")]
    [InlineData("college=XYZ&year=2026", "college")]
    [InlineData("college=RACGP&year=2019", "year")]
    [InlineData("college=RACGP&year=2026&date=2026-01-01", "year")]
    public async Task AStatementThatCannotBeGivenIsAClearBadRequest(string query, string field)
    {
        var (app, society, gp) = await AYearOfAttendance();
        await using var _ = app;

        Assert.NotEmpty(await (await society.Client.GetAsync($"/api/members/{gp}/cpd?{query}")).ProblemFor(field));
    }

    [Fact]
    public async Task AnotherMembersStatementIsNotFoundAndNoTriennialPeriodEndsInAnOffYear()
    {
        var (app, society, gp) = await AYearOfAttendance();
        await using var _ = app;
        var nz = await society.AddMember("Dr Anna Kowalski", "GP", "NZ", new { college = "RNZCGP", memberNumber = "NZ-1" });

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.CreateMemberClientAsync(nz)).GetAsync($"/api/members/{gp}/cpd?college=RACGP&year=2026")).StatusCode);
        Assert.Contains("No RNZCGP period ends in 2024", await (await society.Client.GetAsync($"/api/members/{nz}/cpd?college=RNZCGP&year=2024")).ProblemFor("year"));
    }
}
