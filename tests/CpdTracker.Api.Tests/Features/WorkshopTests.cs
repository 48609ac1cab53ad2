using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Workshops;
using CpdTracker.Domain.Meetings;

namespace CpdTracker.Api.Tests.Features;

public sealed class WorkshopTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    private async Task<(Society Society, int Workshop, int Participant, int Outsider)> Setup()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var participant = await society.AddMember("Participant");
        var outsider = await society.AddMember("Outsider");
        var created = await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Four-day intensive", venue = "Yarra Valley", timeZone = "Australia/Melbourne",
            startDate = "2026-03-19", endDate = "2026-03-22",
            accreditations = new[] { new { college = "RACGP", activityId = "RACGP-W1" } },
            participantIds = new[] { participant },
        });
        return (society, (await created.ReadAs<WorkshopResponse>(HttpStatusCode.Created)).Id, participant, outsider);
    }

    [Fact]
    public async Task AWorkshopSessionHasARegisterThatTakesParticipantsOnlyAndLocks()
    {
        var (society, workshop, participant, outsider) = await Setup();

        var session = await (await society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions", new
        {
            kind = "LeadershipTraining",
            title = "Leading a group",
            startsAtLocal = "2026-03-20T14:00",
            durationMinutes = 90,
            mode = "InPerson",
        })).ReadAs<MeetingResponse>(HttpStatusCode.Created);
        Assert.Equal(workshop, session.WorkshopId);

        Assert.Contains("not enrolled", await (await society.SaveRegister(session.Id,
            new { memberId = outsider, status = "Present" })).ProblemFor("entries[0].memberId"));
        await (await society.SaveRegister(session.Id, new { memberId = participant, status = "Present" }))
            .ReadJson(HttpStatusCode.OK);
        Assert.Equal(MeetingStatus.Locked, (await society.Lock(session.Id)).Status);

        var read = await (await society.Client.GetAsync($"/api/workshops/{workshop}"))
            .ReadAs<WorkshopResponse>(HttpStatusCode.OK);
        Assert.Equal(MeetingStatus.Locked, Assert.Single(read.Sessions).Status);
    }

    [Theory]
    [InlineData("GroupMeeting", "2026-03-20T09:00", "kind")]
    [InlineData("WorkshopGroup", "2026-03-23T09:00", "startsAtLocal")]
    [InlineData("WorkshopPlenary", "2026-03-18T09:00", "startsAtLocal")]
    public async Task ASessionOfTheWrongKindOrOutsideTheWorkshopDatesIsRefused(string kind, string start, string field)
    {
        var (society, workshop, _, _) = await Setup();

        var response = await society.Client.PostAsJsonAsync($"/api/workshops/{workshop}/sessions", new
        {
            kind, title = "Session", startsAtLocal = start, durationMinutes = 60, mode = "InPerson",
        });

        Assert.NotEmpty(await response.ProblemFor(field));
    }

    [Fact]
    public async Task AWorkshopThatEndsBeforeItStartsOrNamesAnUnknownParticipantIsRefused()
    {
        var client = await app.SharedAdminClientAsync();

        var backwards = await client.PostAsJsonAsync("/api/workshops", new
        {
            title = "W",
            venue = "V",
            timeZone = "Australia/Sydney",
            startDate = "2026-03-22",
            endDate = "2026-03-19",
            participantIds = Array.Empty<int>(),
        });
        var unknown = await client.PostAsJsonAsync("/api/workshops", new
        {
            title = "W",
            venue = "V",
            timeZone = "Australia/Sydney",
            startDate = "2026-03-19",
            endDate = "2026-03-22",
            participantIds = new[] { int.MaxValue },
        });

        Assert.NotEmpty(await backwards.ProblemFor("endDate"));
        Assert.Contains($"no member {int.MaxValue}", await unknown.ProblemFor("participantIds[0]"));
    }
}
