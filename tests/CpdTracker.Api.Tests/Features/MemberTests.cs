using System.Text;

namespace CpdTracker.Api.Tests.Features;

public sealed class MemberTests
{
    private static object Member(string email, string college = "RACGP") => new
    {
        fullName = "Mere Tūhoe-Ngāwai", email, profession = "GP", country = "NZ",
        collegeMemberships = new[] { new { college, memberNumber = "NZ-1", cycleStart = (string?)null } },
    };

    [Fact]
    public async Task AMemberWithAUnicodeNameIsCreatedReadAndUpdated()
    {
        await using var app = new CpdTrackerApplication();
        var client = await app.CreateAdminClientAsync();

        var created = await (await client.PostAsJsonAsync("/api/members", Member("mere@example.org", "RNZCGP"))).ReadJson(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<int>();
        var read = await (await client.GetAsync($"/api/members/{id}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Mere Tūhoe-Ngāwai", read["fullName"]!.GetValue<string>());
        Assert.Equal("RNZCGP", read["collegeMemberships"]![0]!["college"]!.GetValue<string>());

        var updated = await (await client.PutAsJsonAsync($"/api/members/{id}", new
        {
            fullName = "Zoë O'Brien", email = "zoe@example.org", profession = "Psychologist", country = "AU",
            collegeMemberships = new[] { new { college = "PSYBA", memberNumber = "PSY1", cycleStart = (string?)null } },
        })).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Zoë O'Brien", updated["fullName"]!.GetValue<string>());
        Assert.Equal("PSYBA", Assert.Single(updated["collegeMemberships"]!.AsArray())!["college"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnknownCollegeCodeIsRefusedNamingTheField()
    {
        await using var app = new CpdTrackerApplication();
        var response = await (await app.CreateAdminClientAsync()).PostAsJsonAsync("/api/members", Member("a@example.org", "XYZ"));

        Assert.Contains("'XYZ' is not a college", await response.ProblemFor("collegeMemberships[0].college"));
    }

    [Fact]
    public async Task ADuplicateEmailIsAConflictWhateverItsCase()
    {
        await using var app = new CpdTrackerApplication();
        var client = await app.CreateAdminClientAsync();
        await (await client.PostAsJsonAsync("/api/members", Member("same@example.org"))).ReadJson(HttpStatusCode.Created);

        var response = await client.PostAsJsonAsync("/api/members", Member("SAME@example.org"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single((await (await client.GetAsync("/api/members")).ReadJson(HttpStatusCode.OK)).AsArray());
    }

    [Theory]
    [InlineData("{\"fullName\": \"x\", ")]
    [InlineData("{\"fullName\": \"x\", \"email\": \"x@example.org\", \"profession\": \"Dentist\", \"country\": \"AU\"}")]
    [InlineData("[1,2,3]")]
    public async Task AMalformedBodyIsABadRequestNotAServerError(string body)
    {
        await using var app = new CpdTrackerApplication();
        var response = await (await app.CreateAdminClientAsync()).PostAsync("/api/members", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedBeforeItIsRead()
    {
        await using var app = new CpdTrackerApplication();
        var huge = "{\"fullName\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await (await app.CreateAdminClientAsync()).PostAsync("/api/members", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task MissingFieldsAreEachNamed()
    {
        await using var app = new CpdTrackerApplication();
        var response = await (await app.CreateAdminClientAsync()).PostAsJsonAsync("/api/members", new { fullName = "", email = "not-an-email" });

        var problem = await response.ReadJson(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("fullName") && errors.ContainsKey("email") && errors.ContainsKey("profession") && errors.ContainsKey("country"), errors.ToJsonString());
    }
}
