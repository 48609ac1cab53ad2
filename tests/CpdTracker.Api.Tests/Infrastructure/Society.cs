namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>Builds a small society through the public API, as an administrator would.</summary>
public sealed class Society(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<int> AddMember(string name, string profession = "GP", string country = "AU", params object[] colleges)
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var response = await Client.PostAsJsonAsync("/api/members", new { fullName = name, email, profession, country, collegeMemberships = colleges });
        return (await response.ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
    }

    public async Task<int> AddGroup(int leaderId, int[] memberIds, string timeZone = "Australia/Melbourne", object[]? enrolments = null)
    {
        var response = await Client.PostAsJsonAsync("/api/groups", new
        {
            name = "Test group", city = "Melbourne", timeZone, mode = "InPerson",
            leaders = new[] { new { memberId = leaderId, role = "Leader" } }, memberIds, enrolments,
            accreditations = new[] { new { college = "RACGP", activityId = "RACGP-1" } },
        });
        return (await response.ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
    }

    public async Task<JsonNode> Schedule(int groupId, string startsAtLocal = "2026-11-18T19:00", int duration = 90)
    {
        var response = await Client.PostAsJsonAsync($"/api/groups/{groupId}/meetings", new { startsAtLocal, durationMinutes = duration, mode = "InPerson" });
        return await response.ReadJson(HttpStatusCode.Created);
    }

    public Task<HttpResponseMessage> SaveRegister(int meetingId, params object[] entries) =>
        Client.PutAsJsonAsync($"/api/meetings/{meetingId}/attendance", new { entries });

    public async Task<JsonNode> Register(int meetingId) =>
        await (await Client.GetAsync($"/api/meetings/{meetingId}/attendance")).ReadJson(HttpStatusCode.OK);
}
