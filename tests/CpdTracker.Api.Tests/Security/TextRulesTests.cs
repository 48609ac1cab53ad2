using System.Text;
using CpdTracker.Api.Features.Groups;
using CpdTracker.Api.Features.Members;

namespace CpdTracker.Api.Tests.Security;

/// <summary>Text that would garble a frozen certificate, or bloat the database, is refused at the door.</summary>
public sealed class TextRulesTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>, IAsyncLifetime
{
    private HttpClient _admin = null!;
    private Society _society = null!;
    private int _member;

    public async Task InitializeAsync()
    {
        _admin = await app.SharedAdminClientAsync();
        _society = new Society(_admin);
        _member = await _society.AddMember("Member");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Member(string fullName) =>
        new { fullName, email = $"{Guid.NewGuid():N}@example.org", profession = "GP", country = "AU" };

    [Theory]
    [InlineData("Zoë\u0000O'Brien", "U+0000")]
    [InlineData("Zoë \u202EneirB'O", "U+202E")]
    [InlineData("Zoë\u200BO'Brien", "U+200B")]
    [InlineData("Zoë\nO'Brien", "U+000A")]
    [InlineData("Zoë\u2028O'Brien", "U+2028")]
    [InlineData("Zoë\u00ADO'Brien", "U+00AD")]
    [InlineData("Жанна Петрова", "U+0416")]
    [InlineData("Zoë 😀", "U+1F600")]
    public async Task ANameWithACharacterACertificateCannotShowIsRefusedNamingTheCharacter(
        string name, string codePoint)
    {
        var response = await _admin.PostAsJsonAsync("/api/members", Member(name));

        Assert.Contains(codePoint, await response.ProblemFor("fullName"));
    }

    [Theory]
    [InlineData("Dr Mere Tūhoe-Ngāwai")]
    [InlineData("Zoë O'Brien")]
    [InlineData("Anna van der Berg – “Annie”")]
    [InlineData("Łukasz Żółć")]
    public async Task NamesInTheCertificateFontAreTaken(string name)
    {
        var created = await (await _admin.PostAsJsonAsync("/api/members", Member(name)))
            .ReadAs<MemberResponse>(HttpStatusCode.Created);

        Assert.Equal(name, created.FullName);
    }

    [Fact]
    public async Task EveryTitleAndReasonIsHeldToTheSameRules()
    {
        const string bidi = "Group \u202E";
        var group = await _society.AddGroup(_member, []);
        var meeting = (await _society.ScheduleMeeting(group)).Id;
        await (await _admin.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);
        var groupBody = new
        {
            name = bidi, city = "Perth\u0000", timeZone = "Australia/Perth", mode = "Online",
            leaders = new[] { new { memberId = _member, role = "Leader" } },
            accreditations = new[] { new { college = "RACGP", activityId = "A\u200B1" } },
        };

        var refusedGroup = await _admin.PostAsJsonAsync("/api/groups", groupBody);
        Assert.Contains("U+202E", await refusedGroup.ProblemFor("name"));
        Assert.Contains("U+0000", await refusedGroup.ProblemFor("city"));
        Assert.Contains("U+200B", await refusedGroup.ProblemFor("accreditations[0].activityId"));
        Assert.Contains("U+202E", await (await _admin.PostAsJsonAsync($"/api/groups/{group}/meetings",
            new { startsAtLocal = "2026-11-25T19:00", durationMinutes = 90, mode = "Online", title = bidi }))
            .ProblemFor("title"));
        Assert.Contains("U+202E", await (await _admin.PostAsJsonAsync("/api/workshops", new
        {
            title = bidi,
            venue = "V",
            timeZone = "Australia/Sydney",
            startDate = "2026-03-19",
            endDate = "2026-03-22",
        })).ProblemFor("title"));
        Assert.Contains("U+000A", await (await _admin.PostAsJsonAsync($"/api/meetings/{meeting}/unlock",
            new { reason = "a\nb" })).ProblemFor("reason"));
        Assert.Contains("500", await (await _admin.PostAsJsonAsync($"/api/meetings/{meeting}/unlock",
            new { reason = new string('x', 501) })).ProblemFor("reason"));
        Assert.Contains("200", await (await _admin.PostAsJsonAsync("/api/members", Member(new string('x', 201))))
            .ProblemFor("fullName"));
    }

    [Fact]
    public async Task ARuleSetNameIsBoundedLikeAnyOtherTitle()
    {
        var document = JsonNode.Parse(await _admin.GetStringAsync("/api/rule-sets/NMBA"))!;
        document["name"] = new string('x', 300_000);

        var response = await _admin.PutAsync("/api/rule-sets/NMBA",
            new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Contains("200", await response.ProblemFor("name"));
    }

    [Fact]
    public async Task OverlappingEnrolmentsOfOneMemberAreRefusedAndSuccessiveOnesTaken()
    {
        var overlapping = new object[]
        {
            new { memberId = _member, joinedOn = "2026-01-01", leftOn = "2026-06-30" },
            new { memberId = _member, joinedOn = "2026-06-01" },
        };
        var successive = new object[]
        {
            new { memberId = _member, joinedOn = "2025-01-01", leftOn = "2025-12-31" },
            new { memberId = _member, joinedOn = "2026-02-01" },
        };
        var thousands = Enumerable.Repeat<object>(new { memberId = _member }, 10_000).ToArray();
        var leader = await _society.AddMember("Leader");

        Assert.Contains("overlap", await (await _society.Client.PostAsJsonAsync("/api/groups",
            GroupWith(leader, overlapping))).ProblemFor("enrolments"));
        Assert.Contains("overlap", await (await _society.Client.PostAsJsonAsync("/api/groups",
            GroupWith(leader, thousands))).ProblemFor("enrolments"));
        var group = await (await _society.Client.PostAsJsonAsync("/api/groups", GroupWith(leader, successive)))
            .ReadAs<GroupResponse>(HttpStatusCode.Created);
        Assert.Equal(2, group.Enrolments.Count);
    }

    [Fact]
    public async Task AnEnumGivenAsANumberIsRefused()
    {
        var group = await _society.AddGroup(_member, []);
        var meeting = (await _society.ScheduleMeeting(group)).Id;

        Assert.Contains("GP", await (await _admin.PostAsync("/api/members",
                Json("{\"fullName\":\"A\",\"email\":\"n@example.org\",\"profession\":1,\"country\":\"AU\"}")))
            .ProblemFor("profession"));
        Assert.Contains("Present", await (await _admin.PutAsync($"/api/meetings/{meeting}/attendance",
                Json($"{{\"entries\":[{{\"memberId\":{_member},\"status\":0}}]}}")))
            .ProblemFor("entries[0].status"));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static object GroupWith(int leader, object[] enrolments) => new
    {
        name = "G",
        city = "Perth",
        timeZone = "Australia/Perth",
        mode = "Online",
        leaders = new[] { new { memberId = leader, role = "Leader" } },
        enrolments,
    };
}
