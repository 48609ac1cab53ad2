using System.Text;
using CpdTracker.Api.Features.Members;

namespace CpdTracker.Api.Tests.Features;

public sealed class MemberTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    private static object Member(string email, string college = "RACGP") => new
    {
        fullName = "Mere Tūhoe-Ngāwai", email, profession = "GP", country = "NZ",
        collegeMemberships = new[] { new { college, memberNumber = "NZ-1", cycleStart = (string?)null } },
    };

    [Fact]
    public async Task AMemberWithAUnicodeNameIsCreatedReadAndUpdated()
    {
        var client = await app.SharedAdminClientAsync();

        var created = await (await client.PostAsJsonAsync("/api/members", Member("mere@example.org", "RNZCGP")))
            .ReadAs<MemberResponse>(HttpStatusCode.Created);
        var read = await (await client.GetAsync($"/api/members/{created.Id}"))
            .ReadAs<MemberResponse>(HttpStatusCode.OK);
        Assert.Equal("Mere Tūhoe-Ngāwai", read.FullName);
        Assert.Equal("RNZCGP", read.CollegeMemberships[0].College);

        var updated = await (await client.PutAsJsonAsync($"/api/members/{created.Id}", new
        {
            fullName = "Zoë O'Brien", email = "zoe@example.org", profession = "Psychologist", country = "AU",
            collegeMemberships = new[] { new { college = "PSYBA", memberNumber = "PSY1", cycleStart = (string?)null } },
        })).ReadAs<MemberResponse>(HttpStatusCode.OK);
        Assert.Equal("Zoë O'Brien", updated.FullName);
        Assert.Equal("PSYBA", Assert.Single(updated.CollegeMemberships).College);
    }

    [Fact]
    public async Task AnUnknownCollegeCodeIsRefusedNamingTheField()
    {
        var response = await (await app.SharedAdminClientAsync())
            .PostAsJsonAsync("/api/members", Member("a@example.org", "XYZ"));

        Assert.Contains("'XYZ' is not a college", await response.ProblemFor("collegeMemberships[0].college"));
    }

    [Fact]
    public async Task ADuplicateEmailIsAConflictWhateverItsCase()
    {
        var client = await app.SharedAdminClientAsync();
        await (await client.PostAsJsonAsync("/api/members", Member("same@example.org")))
            .ReadJson(HttpStatusCode.Created);
        var before = await MemberCount(client);

        var response = await client.PostAsJsonAsync("/api/members", Member("SAME@example.org"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await MemberCount(client));
    }

    [Theory]
    [InlineData("{\"fullName\": \"x\", ")]
    [InlineData("{\"fullName\": \"x\", \"email\": \"x@example.org\", " +
        "\"profession\": \"Dentist\", \"country\": \"AU\"}")]
    [InlineData("[1,2,3]")]
    public async Task AMalformedBodyIsABadRequestNotAServerError(string body)
    {
        var response = await (await app.SharedAdminClientAsync())
            .PostAsync("/api/members", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedBeforeItIsRead()
    {
        var huge = "{\"fullName\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await (await app.SharedAdminClientAsync())
            .PostAsync("/api/members", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task MissingFieldsAreEachNamed()
    {
        var response = await (await app.SharedAdminClientAsync())
            .PostAsJsonAsync("/api/members", new { fullName = "", email = "not-an-email" });

        var problem = await response.ReadJson(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("fullName") && errors.ContainsKey("email")
            && errors.ContainsKey("profession") && errors.ContainsKey("country"), errors.ToJsonString());
    }

    private static async Task<int> MemberCount(HttpClient admin) =>
        (await (await admin.GetAsync("/api/members")).ReadAs<List<MemberResponse>>(HttpStatusCode.OK)).Count;
}
