using CpdTracker.Api.Features.Groups;
using CpdTracker.Domain.Colleges;
using CpdTracker.Domain.Groups;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The administrator's group pages, driven as a browser without JavaScript would; one application for
/// the class.</summary>
public sealed class AdminGroupPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task AnAdministratorAddsAGroupWithALeaderMembersAndAnActivityNumber()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leaderEmail = $"{Guid.NewGuid():N}@example.org";
        var leader = await (await society.Client.PostAsJsonAsync("/api/members", new
        {
            fullName = "Dr Leader Person", email = leaderEmail, profession = "GP", country = "AU",
        })).ReadJson(HttpStatusCode.Created);
        var number = $"R{Guid.NewGuid():N}"[..12];
        var member = await society.AddMember("Dr Member One", "GP", "AU", new
        {
            college = "RACGP",
            memberNumber = number
        });
        var admin = await AdminAsync();
        var form = await admin.GetAsync("/admin/groups/new");

        var response = await admin.SubmitAsync(form, "group", new()
        {
            ["Input.Name"] = "Hobart Balint Group", ["Input.City"] = "Hobart", ["Input.Mode"] = "InPerson",
            ["Input.TimeZone"] = "Australia/Hobart",
            ["Input.People[0].Find"] = leaderEmail.ToUpperInvariant(), ["Input.People[0].Role"] = "Leader",
            ["Input.People[1].Find"] = number, ["Input.People[1].Role"] = "Member",
            ["Input.People[1].JoinedOn"] = "2026-02-01",
            [$"Input.Activities[{CollegeCodes.All.ToList().IndexOf("RACGP")}].ActivityId"] = "RACGP-555",
        });
        var target = PageClient.Target(response);
        var id = int.Parse(target.Split('/', '?')[3]);
        var group = await (await society.Client.GetAsync($"/api/groups/{id}")).ReadAs<GroupResponse>(HttpStatusCode.OK);
        var page = await admin.GetAsync(target);
        var audit = await (await society.Client.GetAsync($"/api/audit?entity=Group&id={id}"))
            .ReadJson(HttpStatusCode.OK);

        Assert.Equal("Australia/Hobart",
            form.QuerySelector("#timeZone optgroup option[value='Australia/Hobart']")!.GetAttribute("value"));
        Assert.Equal("Australia and New Zealand", form.QuerySelector("#timeZone optgroup")!.GetAttribute("label"));
        Assert.True(form.QuerySelector("#person-0-role option[value=Leader]")!.HasAttribute("selected"),
            form.QuerySelector("#person-0-role")!.OuterHtml);
        Assert.Equal("Input.People[0].Role", form.QuerySelector("#person-0-role")!.GetAttribute("name"));
        Assert.Equal("Input.People[7].LeftOn", form.QuerySelector("#person-7-left")!.GetAttribute("name"));
        Assert.Equal(("Hobart Balint Group", "Hobart", "Australia/Hobart"), (group.Name, group.City, group.TimeZone));
        Assert.Equal([new LeaderResponse(leader["id"]!.GetValue<int>(), LeaderRole.Leader)], group.Leaders);
        Assert.Equal([new EnrolmentResponse(member, new DateOnly(2026, 2, 1), null)], group.Enrolments);
        Assert.Equal([new Accreditation("RACGP", "RACGP-555")], group.Accreditations);
        Assert.Equal("Dr Member One", page.QuerySelector("#person-1-name")!.TextContent);
        Assert.NotNull(page.QuerySelector($"main a[href='/groups/{id}']"));
        Assert.Equal("Created", Assert.Single(audit.AsArray())!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAdministratorChangesAGroupsPeopleAndTheChangeIsAudited()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var leader = await society.AddMember("Dr Stays Leader");
        var leaving = await society.AddMember("Dr Leaving Member");
        var coming = await society.AddMember("Dr New Co-leader", "GP", "AU", new
        {
            college = "ACRRM",
            memberNumber = $"A{Guid.NewGuid():N}"[..12]
        });
        var comingEmail = (await (await society.Client.GetAsync($"/api/members/{coming}"))
            .ReadJson(HttpStatusCode.OK))["email"]!.GetValue<string>();
        var id = await society.AddGroup(leader, [leaving]);
        var admin = await AdminAsync();
        var form = await admin.GetAsync($"/admin/groups/{id}");

        var page = await PageClient.ReadAsync(await admin.SubmitAsync(form, "group", new()
        {
            ["Input.Name"] = "Test group", ["Input.City"] = "Melbourne", ["Input.Mode"] = "InPerson",
            ["Input.TimeZone"] = "Australia/Melbourne", ["Input.People[0].Role"] = "Leader",
            ["Input.People[1].Role"] = "Remove", ["Input.People[2].Find"] = comingEmail,
            ["Input.People[2].Role"] = "CoLeader",
        }));
        var group = await (await society.Client.GetAsync($"/api/groups/{id}")).ReadAs<GroupResponse>(HttpStatusCode.OK);
        var audit = (await (await society.Client.GetAsync($"/api/audit?entity=Group&id={id}"))
            .ReadJson(HttpStatusCode.OK)).AsArray();

        Assert.Equal("Dr Leaving Member", form.QuerySelector("#person-1-name")!.TextContent);
        Assert.Contains("The changes are saved", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal([new LeaderResponse(leader, LeaderRole.Leader), new LeaderResponse(coming, LeaderRole.CoLeader)],
            group.Leaders.OrderBy(l => l.MemberId));
        Assert.Empty(group.Enrolments);
        Assert.Equal("Updated", audit[0]!["action"]!.GetValue<string>());
        Assert.Contains($"\"memberId\":{leaving}", audit[0]!["before"]!.GetValue<string>());
        Assert.DoesNotContain($"\"memberId\":{leaving}", audit[0]!["after"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadInputIsShownNextToItsFieldWithTheMessagesTheApiGives()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var member = await society.AddMember("Dr Someone");
        var email = (await (await society.Client.GetAsync($"/api/members/{member}"))
            .ReadJson(HttpStatusCode.OK))["email"]!.GetValue<string>();
        var api = await society.Client.PostAsJsonAsync("/api/groups", new
        {
            name = "", city = "Perth", timeZone = "Australia/Perth", mode = "InPerson", leaders = Array.Empty<object>(),
            enrolments = new[] { new { memberId = member, joinedOn = "2026-05-01", leftOn = "2026-01-01" } },
        });
        var errors = (await api.ReadJson(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        var admin = await AdminAsync();

        var page = await PageClient.ReadAsync(await admin.SubmitAsync(await admin.GetAsync("/admin/groups/new"),
            "group", new()
            {
                ["Input.Name"] = "", ["Input.City"] = "Perth", ["Input.Mode"] = "InPerson",
                ["Input.TimeZone"] = "Australia/Perth",
                ["Input.People[0].Find"] = "nobody@example.org", ["Input.People[0].Role"] = "Leader",
                ["Input.People[1].Find"] = email, ["Input.People[1].Role"] = "Member",
                ["Input.People[1].JoinedOn"] = "2026-05-01", ["Input.People[1].LeftOn"] = "2026-01-01",
            }));

        Assert.Contains(errors["name"]![0]!.GetValue<string>(), page.QuerySelector("#name-error")!.TextContent);
        Assert.Contains(errors["leaders"]![0]!.GetValue<string>(), page.QuerySelector("#people-error")!.TextContent);
        Assert.Contains(errors["enrolments[0].leftOn"]![0]!.GetValue<string>(),
            page.QuerySelector("#person-1-left-error")!.TextContent);
        Assert.Contains("No member has the email or college number 'nobody@example.org'",
            page.QuerySelector("#person-0-find-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#person-1-left")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#person-1-left']"));
    }

    [Theory]
    [InlineData("/admin/groups")]
    [InlineData("/admin/groups/new")]
    [InlineData("/admin/groups/{0}")]
    public async Task AMemberAndALeaderAreRefused(string url)
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var member = await society.AddMember("Plain Member");
        var leader = await society.AddMember("Group Leader");
        var group = await society.AddGroup(leader, [member]);
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, group);

        foreach (var email in new[] { await app.CreateMemberAccountAsync(member),
            await app.CreateMemberAccountAsync(leader) })
        {
            var browser = await PageClient.SignedInAsync(app, email);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync(address)).StatusCode);
        }
    }

    private Task<PageClient> AdminAsync() => PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);
}
