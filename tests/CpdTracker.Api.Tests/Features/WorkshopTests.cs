namespace CpdTracker.Api.Tests.Features;

public sealed class WorkshopTests
{
    private static async Task<(CpdTrackerApplication, Society, int Workshop, int Participant, int Outsider)> Setup()
    {
        var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var participant = await society.AddMember("Participant");
        var outsider = await society.AddMember("Outsider");
        var created = await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Four-day intensive", venue = "Yarra Valley", timeZone = "Australia/Melbourne",
            startDate = "2026-03-19", endDate = "2026-03-22",
            accreditations = new[] { new { college = "RACGP", activityId = "RACGP-W1" } }, participantIds = new[] { participant },
        });
        return (app, society, (await created.ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>(), participant, outsider);
    }

    [Fact]
    public async Task AWorkshopSessionHasARegisterThatTakesParticipantsOnlyAndLocks()
    {
        var (app, society, workshop, participant, outsider) = await Setup();
        await using var _ = app;

        var session = await (await society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions", new
        {
            kind = "LeadershipTraining", title = "Leading a group", startsAtLocal = "2026-03-20T14:00", durationMinutes = 90, mode = "InPerson",
        })).ReadJson(HttpStatusCode.Created);
        var sessionId = session["id"]!.GetValue<int>();
        Assert.Equal(workshop, session["workshopId"]!.GetValue<int>());

        Assert.Contains("not enrolled", await (await society.SaveRegister(sessionId, new { memberId = outsider, status = "Present" })).ProblemFor("entries[0].memberId"));
        await (await society.SaveRegister(sessionId, new { memberId = participant, status = "Present" })).ReadJson(HttpStatusCode.OK);
        var locked = await (await society.Client.PostAsync($"/api/meetings/{sessionId}/lock", null)).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Locked", locked["status"]!.GetValue<string>());

        var read = await (await society.Client.GetAsync($"/api/workshops/{workshop}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Locked", Assert.Single(read["sessions"]!.AsArray())!["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GroupMeeting", "2026-03-20T09:00", "kind")]
    [InlineData("WorkshopGroup", "2026-03-23T09:00", "startsAtLocal")]
    [InlineData("WorkshopPlenary", "2026-03-18T09:00", "startsAtLocal")]
    public async Task ASessionOfTheWrongKindOrOutsideTheWorkshopDatesIsRefused(string kind, string start, string field)
    {
        var (app, society, workshop, _, _) = await Setup();
        await using var _ = app;

        var response = await society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions", new
        {
            kind, title = "Session", startsAtLocal = start, durationMinutes = 60, mode = "InPerson",
        });

        Assert.NotEmpty(await response.ProblemFor(field));
    }

    [Fact]
    public async Task AWorkshopThatEndsBeforeItStartsOrNamesAnUnknownParticipantIsRefused()
    {
        await using var app = new CpdTrackerApplication();
        var client = await app.CreateAdminClientAsync();

        var backwards = await client.PostAsJsonAsync("/api/workshops", new
        {
            title = "W", venue = "V", timeZone = "Australia/Sydney", startDate = "2026-03-22", endDate = "2026-03-19", participantIds = Array.Empty<int>(),
        });
        var unknown = await client.PostAsJsonAsync("/api/workshops", new
        {
            title = "W", venue = "V", timeZone = "Australia/Sydney", startDate = "2026-03-19", endDate = "2026-03-22", participantIds = new[] { 42 },
        });

        Assert.NotEmpty(await backwards.ProblemFor("endDate"));
        Assert.Contains("no member 42", await unknown.ProblemFor("participantIds[0]"));
    }
}
