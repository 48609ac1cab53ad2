using CpdTracker.Api.Features.Workshops;
using CpdTracker.Domain.Meetings;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The administrator's workshop pages, driven as a browser without JavaScript would; one application for
/// the class.</summary>
public sealed class AdminWorkshopPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task AnAdministratorAddsAWorkshopWithParticipantsAndASessionOfEachKindWhoseRegistersOpen()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var first = await society.AddMember("Dr First Participant");
        var number = $"W{Guid.NewGuid():N}"[..12];
        var second = await society.AddMember("Dr Second Participant", "Psychiatrist", "AU", new
        {
            college = "RANZCP",
            memberNumber = number
        });
        var email = (await (await society.Client.GetAsync($"/api/members/{first}"))
            .ReadJson(HttpStatusCode.OK))["email"]!.GetValue<string>();
        var admin = await AdminAsync();

        var created = await admin.SubmitAsync(await admin.GetAsync("/admin/workshops/new"), "workshop", Workshop(
            "2026-03-12", "2026-03-15", $"{email}\n\n  {number}  \n"));
        var id = int.Parse(PageClient.Target(created).Split('/', '?')[3]);
        var page = await admin.GetAsync(PageClient.Target(created));
        var added = new List<string>();
        foreach (var (kind, day) in new[] { ("WorkshopGroup", "12"), ("WorkshopPlenary", "13"), ("LeadershipTraining",
            "14") })
        {
            added.Add(PageClient.Target(await admin.SubmitAsync(page, "session", Session(kind, $"2026-03-{day}",
                "09:30"))));
        }

        var workshop
            = await (await society.Client.GetAsync($"/api/workshops/{id}")).ReadAs<WorkshopResponse>(HttpStatusCode.OK);
        var details = await admin.GetAsync(added[^1]);
        var register = await admin.GetAsync($"/meetings/{workshop.Sessions[0].Id}");
        var audit = (await (await society.Client.GetAsync($"/api/audit?entity=Meeting&id={workshop.Sessions[0].Id}"))
            .ReadJson(HttpStatusCode.OK)).AsArray();

        Assert.Equal([first, second], workshop.ParticipantIds.Order());
        Assert.Equal([ActivityKind.WorkshopGroup, ActivityKind.WorkshopPlenary, ActivityKind.LeadershipTraining],
            workshop.Sessions.Select(s => s.Kind));
        Assert.Equal(["2026-03-12T09:30", "2026-03-13T09:30", "2026-03-14T09:30"], workshop.Sessions.Select(s
            => s.StartsAtLocal[..16]));
        Assert.Contains("Open its register", details.QuerySelector(".notice")!.TextContent);
        Assert.Equal(3, details.QuerySelectorAll("ul.meetings a[href^='/meetings/']").Length);
        Assert.Contains("Dr First Participant", register.QuerySelector("form.register")!.TextContent);
        Assert.Contains("Dr Second Participant", register.QuerySelector("form.register")!.TextContent);
        Assert.Equal("Created", Assert.Single(audit)!["action"]!.GetValue<string>());
        var workshopAudit = (await (await society.Client.GetAsync($"/api/audit?entity=Workshop&id={id}"))
            .ReadJson(HttpStatusCode.OK)).AsArray();
        Assert.Equal("Created", Assert.Single(workshopAudit)!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadInputIsShownNextToItsFieldWithTheMessagesTheApiGives()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var api = await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Intensive", venue = "Sydney", timeZone = "Australia/Sydney", startDate = "2026-03-12",
            endDate = "2026-03-10",
        });
        var errors = (await api.ReadJson(HttpStatusCode.BadRequest))["errors"]!.AsObject();
        var admin = await AdminAsync();

        var page = await PageClient.ReadAsync(await admin.SubmitAsync(await admin.GetAsync("/admin/workshops/new"),
            "workshop",
            Workshop("2026-03-12", "2026-03-10", "nobody-at-all@example.org")));

        Assert.Contains(errors["endDate"]![0]!.GetValue<string>(), page.QuerySelector("#endDate-error")!.TextContent);
        Assert.Contains("No member has the email or college number 'nobody-at-all@example.org'",
            page.QuerySelector("#participants-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#endDate")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task ASessionOutsideTheWorkshopsDatesIsRefusedNextToItsDateAsTheApiRefusesIt()
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var id = (await (await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Intensive", venue = "Sydney", timeZone = "Australia/Sydney", startDate = "2026-03-12",
            endDate = "2026-03-15",
        })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
        var api = await society.Client.PostAsJsonAsync($"/api/workshops/{id}/sessions", new
        {
            kind = "WorkshopGroup", title = "Late", startsAtLocal = "2026-03-20T09:30", durationMinutes = 90,
            mode = "InPerson",
        });
        var message = (await api
            .ReadJson(HttpStatusCode.BadRequest))["errors"]!["startsAtLocal"]![0]!.GetValue<string>();
        var admin = await AdminAsync();

        var page = await PageClient.ReadAsync(await admin.SubmitAsync(await admin.GetAsync($"/admin/workshops/{id}"),
            "session",
            Session("WorkshopGroup", "2026-03-20", "09:30")));

        Assert.Contains(message, page.QuerySelector("#session-date-error")!.TextContent);
        Assert.Equal("#session-date", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/admin/workshops")]
    [InlineData("/admin/workshops/new")]
    [InlineData("/admin/workshops/{0}")]
    public async Task AMemberAndALeaderAreRefused(string url)
    {
        var society = new Society(await app.SharedAdminClientAsync());
        var member = await society.AddMember("Plain Member");
        var leader = await society.AddMember("Group Leader");
        await society.AddGroup(leader, [member]);
        var workshop = (await (await society.Client.PostAsJsonAsync("/api/workshops", new
        {
            title = "Intensive", venue = "Sydney", timeZone = "Australia/Sydney", startDate = "2026-03-12",
            endDate = "2026-03-15",
            participantIds = new[] { member },
        })).ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, workshop);

        foreach (var email in new[] { await app.CreateMemberAccountAsync(member),
            await app.CreateMemberAccountAsync(leader) })
        {
            var browser = await PageClient.SignedInAsync(app, email);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync(address)).StatusCode);
        }
    }

    private Task<PageClient> AdminAsync() => PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);

    private static Dictionary<string, string> Workshop(string start, string end, string participants) => new()
    {
        ["Input.Title"] = "Annual intensive", ["Input.Venue"] = "Sydney", ["Input.TimeZone"] = "Australia/Sydney",
        ["Input.StartDate"] = start, ["Input.EndDate"] = end, ["Input.Participants"] = participants,
        ["Input.Activities[0].ActivityId"] = "RACGP-W1",
    };

    private static Dictionary<string, string> Session(string kind, string date, string time) => new()
    {
        ["Session.Kind"] = kind, ["Session.Title"] = $"{kind} session", ["Session.Meeting.Date"] = date,
        ["Session.Meeting.Time"] = time, ["Session.Meeting.Duration"] = "90", ["Session.Meeting.Mode"] = "InPerson",
    };
}
