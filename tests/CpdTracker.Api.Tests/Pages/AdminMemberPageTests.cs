using AngleSharp.Dom;
using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Members;
using CpdTracker.Domain.Colleges;
using CpdTracker.Domain.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The administrator's member pages, driven as a browser without JavaScript would; one application for
/// the class.</summary>
public sealed class AdminMemberPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>
{
    [Fact]
    public async Task AnAdministratorAddsAMemberWithACollegeMembershipAndTheAdditionIsAudited()
    {
        var admin = await AdminAsync();
        var email = $"{Guid.NewGuid():N}@example.org";

        var response = await admin.SubmitAsync(await admin.GetAsync("/admin/members/new"), "member",
            Member("Dr Aroha Ngata", email,
            ("RNZCGP", "NZ-1234", "2025-07-01")));
        var target = PageClient.Target(response);
        var id = int.Parse(target.Split('/', '?')[3]);
        var added = await (await (await Api())
            .GetAsync($"/api/members/{id}")).ReadAs<MemberResponse>(HttpStatusCode.OK);
        var page = await admin.GetAsync(target);

        Assert.Equal($"/admin/members/{id}?created=true", target);
        Assert.Equal(("Dr Aroha Ngata", email, Profession.GP, Country.NZ, "Pacific/Auckland"),
            (added.FullName, added.Email, added.Profession, added.Country, added.TimeZone));
        Assert.Equal([new CollegeMembershipResponse("RNZCGP", "NZ-1234", new DateOnly(2025, 7, 1))],
            added.CollegeMemberships);
        Assert.Contains("The member is added", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal("NZ-1234", page.QuerySelector("#college-RNZCGP-number")!.GetAttribute("value"));
        Assert.Equal("Input.Colleges[3].Number", page.QuerySelector("#college-RNZCGP-number")!.GetAttribute("name"));
        Assert.Contains(await AuditAsync(id), a => a.Action == "Created"
            && a.Actor == CpdTrackerApplication.AdminEmail);
    }

    [Fact]
    public async Task AnAdministratorEditsAMemberAndTheChangeIsAuditedBeforeAndAfter()
    {
        var society = new Society(await Api());
        var id = await society.AddMember("Dr Old Name", "GP", "AU", new { college = "RACGP", memberNumber = "R-1" });
        var admin = await AdminAsync();
        var email = $"{Guid.NewGuid():N}@example.org";

        var page = await PageClient.ReadAsync(await admin.SubmitAsync(await admin.GetAsync($"/admin/members/{id}"),
            "member",
            Member("Dr New Name", email, ("RACGP", "R-2", ""), ("MCNZ", "M-9", ""))));
        var saved = await (await society.Client
            .GetAsync($"/api/members/{id}")).ReadAs<MemberResponse>(HttpStatusCode.OK);
        var update = (await AuditAsync(id)).First(a => a.Action == "Updated");

        Assert.Contains("The changes are saved", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal("Dr New Name", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["MCNZ M-9", "RACGP R-2"], saved.CollegeMemberships.Select(c => $"{c.College} {c.MemberNumber}"));
        Assert.Contains("Dr Old Name", update.Before);
        Assert.Contains("Dr New Name", update.After);
    }

    [Fact]
    public async Task BadInputIsShownNextToItsFieldWithTheMessagesTheApiGives()
    {
        var admin = await AdminAsync();
        var values = Member(" Padded ", "not-an-email", ("RACGP", "R-1", "2025-01-01"));
        values["Input.TimeZone"] = "Mars/Olympus";
        values["Input.Colleges[0].Number"] = "line\nbreak";
        var api = await (await Api()).PostAsJsonAsync("/api/members", new
        {
            fullName = " Padded ", email = "not-an-email", profession = "GP", country = "NZ", timeZone = "Mars/Olympus",
            collegeMemberships = new[] { new { college = "RACGP", memberNumber = "line\nbreak" } },
        });
        var errors = (await api.ReadJson(HttpStatusCode.BadRequest))["errors"]!.AsObject();

        var page = await PageClient.ReadAsync(await admin.SubmitAsync(await admin.GetAsync("/admin/members/new"),
            "member", values));

        foreach (var (key, id) in new[] { ("fullName", "fullName"), ("email", "email"), ("timeZone", "timeZone"),
            ("collegeMemberships[0].memberNumber", "college-RACGP-number") })
        {
            Assert.Contains(errors[key]![0]!.GetValue<string>(), page.QuerySelector($"#{id}-error")!.TextContent);
            Assert.Equal("true", page.QuerySelector($"#{id}")!.GetAttribute("aria-invalid"));
            Assert.NotNull(page.QuerySelector($".error-summary a[href='#{id}']"));
        }
    }

    [Fact]
    public async Task AMemberIsFoundByNameEmailOrCollegeNumberAndTheListIsPaged()
    {
        var society = new Society(await Api());
        var token = Guid.NewGuid().ToString("N")[..10];
        var id = await society.AddMember($"Dr Findable {token}", "GP", "AU", new
        {
            college = "RACGP",
            memberNumber = $"N{token}"
        });
        var admin = await AdminAsync();

        var byName = await admin.GetAsync($"/admin/members?q=findable+{token}");
        var byNumber = await admin.GetAsync($"/admin/members?q=N{token.ToUpperInvariant()}");
        var none = await admin.GetAsync($"/admin/members?q=nobody-{token}");
        for (var i = 0; i < 26; i++)
        {
            await society.AddMember($"Paged {token} {i:00}");
        }

        var second = await admin.GetAsync($"/admin/members?q=Paged+{token}&page=2");

        Assert.Equal([$"/admin/members/{id}"], byName.QuerySelectorAll("ul.people a").Select(a
            => a.GetAttribute("href")));
        Assert.Equal([$"/admin/members/{id}"], byNumber.QuerySelectorAll("ul.people a").Select(a
            => a.GetAttribute("href")));
        Assert.Contains($"No member matches 'nobody-{token}'", none.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal([$"Paged {token} 25"], second.QuerySelectorAll("ul.people a strong").Select(s => s.TextContent));
        Assert.Contains("Page 2 of 2", second.QuerySelector("nav.pager")!.TextContent);
        Assert.Equal($"/admin/members?q=Paged%20{token}&page=1",
            second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task InvitingAgainEmailsAFreshLinkShowsItToCopyAndClearsALockout()
    {
        var society = new Society(await Api());
        var id = await society.AddMember("Dr Locked Out");
        var email = await app.CreateMemberAccountAsync(id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!,
                DateTimeOffset.UtcNow.AddYears(1));
        }

        var admin = await AdminAsync();
        var before = await admin.GetAsync($"/admin/members/{id}");
        var page = await PageClient.ReadAsync(await admin.SubmitAsync(before, "invite", []));
        var link = page.QuerySelector("#invitation-link")!.GetAttribute("value")!;
        var mail = await Outbox.ListAsync(society.Client);
        var memberEmail = (await (await society.Client
            .GetAsync($"/api/members/{id}")).ReadAs<MemberResponse>(HttpStatusCode.OK)).Email;
        var accept = await PageClient.Anonymous(app).GetAsync(new Uri(link).PathAndQuery);

        Assert.Contains("Locked out", before.QuerySelector("#signing-in + p")!.TextContent);
        Assert.StartsWith("https://cpd.test.example/invitation/", link);
        Assert.Contains("The lockout is cleared", page.QuerySelector(".notice")!.TextContent);
        Assert.Contains(mail, m => m!["kind"]!.GetValue<string>() == "Invitation"
            && m["recipient"]!.GetValue<string>() == memberEmail);
        Assert.NotNull(accept.QuerySelector("input[type=password]"));
        Assert.Contains(await AuditAsync(id), a => a.Action == "Invited"
            && a.After!.Contains("\"lockoutCleared\":true"));
        await using var check = app.Services.CreateAsyncScope();
        var manager = check.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.False(await manager.IsLockedOutAsync((await manager.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task TheAdministratorSeesAMembersCpdAsTheySeeIt()
    {
        var society = new Society(await Api());
        var id = await society.AddMember("Dr Credit View", "GP", "AU", new
        {
            college = "RACGP",
            memberNumber = "RV-1"
        });
        var admin = await AdminAsync();

        var page = await admin.GetAsync($"/admin/members/{id}/cpd");

        Assert.Equal("CPD of Dr Credit View", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("member RV-1", page.QuerySelector("#college-RACGP")!.TextContent);
        Assert.Equal($"/admin/members/{id}/cpd/RACGP/interim.pdf",
            page.QuerySelector("a.button[href$='interim.pdf']")!.GetAttribute("href"));
        var pdf = await admin.Http.GetAsync($"/admin/members/{id}/cpd/RACGP/interim.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/admin/members")]
    [InlineData("/admin/members/new")]
    [InlineData("/admin/members/{0}")]
    [InlineData("/admin/members/{0}/cpd")]
    [InlineData("/admin/members/{0}/cpd/RACGP/interim.pdf")]
    public async Task AMemberAndALeaderAreRefusedAndAVisitorIsSentToSignIn(string url)
    {
        var society = new Society(await Api());
        var member = await society.AddMember("Plain Member", "GP", "AU", new
        {
            college = "RACGP",
            memberNumber = "PM-1"
        });
        var leader = await society.AddMember("Group Leader");
        await society.AddGroup(leader, [member]);
        var address = string.Format(System.Globalization.CultureInfo.InvariantCulture, url, member);

        foreach (var email in new[] { await app.CreateMemberAccountAsync(member),
            await app.CreateMemberAccountAsync(leader) })
        {
            var browser = await PageClient.SignedInAsync(app, email);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.Http.GetAsync(address)).StatusCode);
        }

        var anonymous = await PageClient.Anonymous(app).Http.GetAsync(address);
        Assert.StartsWith("/signin?ReturnUrl=", PageClient.Target(anonymous));
    }

    private Task<HttpClient> Api() => app.SharedAdminClientAsync();

    private Task<PageClient> AdminAsync() => PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);

    private async Task<List<Api.Features.Audit.AuditEntryResponse>> AuditAsync(int memberId) =>
        await (await (await Api()).GetAsync($"/api/audit?entity=Member&id={memberId}"))
            .ReadAs<List<Api.Features.Audit.AuditEntryResponse>>(HttpStatusCode.OK);

    /// <summary>The member form's fields: a New Zealand GP in Auckland, with the colleges given ticked.</summary>
    private static Dictionary<string, string> Member(string name, string email, params (string College, string Number,
        string Start)[] colleges)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.FullName"] = name, ["Input.Email"] = email, ["Input.Profession"] = "GP", ["Input.Country"] = "NZ",
            ["Input.TimeZone"] = "Pacific/Auckland", ["Input.CertificateEmails"] = "true",
        };
        foreach (var (college, number, start) in colleges)
        {
            var i = CollegeCodes.All.ToList().IndexOf(college);
            values[$"Input.Colleges[{i}].Member"] = "true";
            values[$"Input.Colleges[{i}].Number"] = number;
            values[$"Input.Colleges[{i}].CycleStart"] = start;
        }

        return values;
    }
}
