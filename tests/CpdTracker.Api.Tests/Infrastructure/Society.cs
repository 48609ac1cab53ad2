using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Groups;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Members;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>Builds a small society through the public API, as an administrator would.</summary>
public sealed class Society(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<int> AddMember(
        string name, string profession = "GP", string country = "AU", params object[] colleges)
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var response = await Client.PostAsJsonAsync("/api/members", new
        {
            fullName = name,
            email,
            profession,
            country,
            collegeMemberships = colleges,
        });
        return (await response.ReadAs<MemberResponse>(HttpStatusCode.Created)).Id;
    }

    public async Task<int> AddGroup(
        int leaderId, int[] memberIds, string timeZone = "Australia/Melbourne", object[]? enrolments = null)
    {
        var response = await Client.PostAsJsonAsync("/api/groups", new
        {
            name = "Test group", city = "Melbourne", timeZone, mode = "InPerson",
            leaders = new[] { new { memberId = leaderId, role = "Leader" } }, memberIds, enrolments,
            accreditations = new[] { new { college = "RACGP", activityId = "RACGP-1" } },
        });
        return (await response.ReadAs<GroupResponse>(HttpStatusCode.Created)).Id;
    }

    public async Task<MeetingResponse> ScheduleMeeting(
        int groupId, string startsAtLocal = "2026-11-18T19:00", int duration = 90) =>
        await (await PostMeeting(groupId, startsAtLocal, duration)).ReadAs<MeetingResponse>(HttpStatusCode.Created);

    /// <summary>The meeting as raw JSON; <see cref="ScheduleMeeting"/> reads it typed.</summary>
    public async Task<JsonNode> Schedule(int groupId, string startsAtLocal = "2026-11-18T19:00", int duration = 90) =>
        await (await PostMeeting(groupId, startsAtLocal, duration)).ReadJson(HttpStatusCode.Created);

    public Task<HttpResponseMessage> SaveRegister(int meetingId, params object[] entries) =>
        Client.PutAsJsonAsync($"/api/meetings/{meetingId}/attendance", new { entries });

    public async Task<RegisterResponse> ReadRegister(int meetingId) =>
        await (await Client.GetAsync($"/api/meetings/{meetingId}/attendance"))
            .ReadAs<RegisterResponse>(HttpStatusCode.OK);

    /// <summary>The register as raw JSON; <see cref="ReadRegister"/> reads it typed.</summary>
    public async Task<JsonNode> Register(int meetingId) =>
        await (await Client.GetAsync($"/api/meetings/{meetingId}/attendance")).ReadJson(HttpStatusCode.OK);

    public async Task<RegisterResponse> Lock(int meetingId) =>
        await (await Client.PostAsync($"/api/meetings/{meetingId}/lock", null))
            .ReadAs<RegisterResponse>(HttpStatusCode.OK);

    public async Task<List<CertificateSummary>> Certificates(int memberId) =>
        await (await Client.GetAsync($"/api/members/{memberId}/certificates"))
            .ReadAs<List<CertificateSummary>>(HttpStatusCode.OK);

    /// <summary>The member's documents once the background issuing shows what <paramref name="done"/> waits
    /// for.</summary>
    public Task<List<CertificateSummary>> CertificatesWhen(int memberId, Func<List<CertificateSummary>, bool> done) =>
        Eventually.Until(() => Certificates(memberId), done);

    private Task<HttpResponseMessage> PostMeeting(int groupId, string startsAtLocal, int duration) =>
        Client.PostAsJsonAsync(
            $"/api/groups/{groupId}/meetings", new { startsAtLocal, durationMinutes = duration, mode = "InPerson" });
}
