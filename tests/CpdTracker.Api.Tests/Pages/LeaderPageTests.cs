using AngleSharp.Dom;

namespace CpdTracker.Api.Tests.Pages;

/// <summary>The leader's pages, driven as a browser without JavaScript would. One application for the class; each test
/// has a Melbourne group of its own (eight members, a leader and a co-leader, all with accounts where needed) and a
/// Perth group led by someone else. The clock stands at 8 pm AEDT on Sunday 22 November 2026.</summary>
public sealed class LeaderPageTests(CpdTrackerApplication app) : IClassFixture<CpdTrackerApplication>, IAsyncLifetime
{
    private readonly CpdTrackerApplication _app = app;
    private Society _society = default!;
    private int _group;
    private int _otherGroup;
    private int _coLeader;
    private int[] _members = [];
    private string _leaderEmail = "";
    private string _otherLeaderEmail = "";

    public async Task InitializeAsync()
    {
        _society = new Society(await _app.CreateAdminClientAsync());
        var leader = await _society.AddMember(
            "Dr Helen Marsh", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        _coLeader = await _society.AddMember("Dr Tom Nguyen");
        _members =
        [
            .. await Task.WhenAll(Enumerable.Range(1, 8).Select(i => _society.AddMember(
                $"Member {i}", "GP", "AU", new { college = "RACGP", memberNumber = $"R-{i}" }))),
        ];
        var response = await _society.Client.PostAsJsonAsync("/api/groups", new
        {
            name = $"Melbourne Balint Group {Guid.NewGuid():N}",
            city = "Melbourne",
            timeZone = "Australia/Melbourne",
            mode = "InPerson",
            leaders = new[]
            {
                new { memberId = leader, role = "Leader" },
                new { memberId = _coLeader, role = "CoLeader" },
            },
            memberIds = _members,
            accreditations = new[] { new { college = "RACGP", activityId = "RACGP-1" } },
        });
        _group = (await response.ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
        var otherLeader = await _society.AddMember("Dr Other Leader");
        _otherGroup = await _society.AddGroup(otherLeader, [], "Australia/Perth");
        _leaderEmail = await _app.CreateMemberAccountAsync(leader);
        _otherLeaderEmail = await _app.CreateMemberAccountAsync(otherLeader);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ALeaderSeesOnlyTheGroupsTheyLeadAndAnAdministratorSeesEveryGroup()
    {
        var leader = await (await PageClient.SignedInAsync(_app, _leaderEmail)).GetAsync("/groups");
        var admin = await (await PageClient.SignedInAsync(_app, CpdTrackerApplication.AdminEmail)).GetAsync("/groups");

        Assert.Equal(
            [$"/groups/{_group}"], leader.QuerySelectorAll("section.card h2 a").Select(a => a.GetAttribute("href")));
        var all = admin.QuerySelectorAll("section.card h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/groups/{_group}", all);
        Assert.Contains($"/groups/{_otherGroup}", all);
    }

    [Fact]
    public async Task ALeaderSchedulesAMeetingInTheGroupsLocalTimeAndIsToldWhenItFallsInTheDaylightSavingGap()
    {
        var browser = await PageClient.SignedInAsync(_app, _leaderEmail);
        var page = await browser.GetAsync($"/groups/{_group}");

        var scheduled = await browser.SubmitAsync(page, "schedule", Meeting("Schedule", "2026-12-02", "19:00"));
        var listed = await browser.GetAsync(PageClient.Target(scheduled));
        var gap = await PageClient.ReadAsync(
            await browser.SubmitAsync(page, "schedule", Meeting("Schedule", "2026-10-04", "02:30")));

        Assert.StartsWith($"/groups/{_group}?scheduled=", PageClient.Target(scheduled));
        Assert.Contains(
            "Scheduled for Wednesday 2 December 2026, 7:00 pm AEDT", listed.QuerySelector(".notice")!.TextContent);
        Assert.Contains("clocks go back", page.QuerySelector("#schedule-time-hint")!.TextContent);
        Assert.Contains(
            "2026-10-04 02:30 does not exist in Australia/Melbourne",
            gap.QuerySelector("#schedule-time-error")!.TextContent);
        Assert.Equal("true", gap.QuerySelector("#schedule-time")!.GetAttribute("aria-invalid"));
        Assert.Equal("#schedule-time", gap.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MarkingEveryonePresentSavingAndLockingIssuesTheirCertificates()
    {
        var meeting = await MeetingAsync("2026-11-18T19:00");
        var browser = await PageClient.SignedInAsync(_app, _leaderEmail);
        var register = await browser.GetAsync($"/meetings/{meeting}");

        var filled = await PageClient.ReadAsync(
            await browser.SubmitAsync(register, "register", Choices(register, RegisterAction("all-present"))));
        var untouched = await _society.Register(meeting);
        var saved = await browser.SubmitAsync(filled, "register", Choices(filled, RegisterAction("save")));
        var confirm = await browser.GetAsync($"/meetings/{meeting}/lock");
        var locked = await browser.SubmitAsync(confirm, "lock", []);

        Assert.Equal(10, register.QuerySelectorAll("fieldset.member").Length);
        Assert.Empty(register.QuerySelectorAll(".statuses input:checked"));
        Assert.Equal(
            Enumerable.Repeat("Present", 10),
            filled.QuerySelectorAll(".statuses input:checked").Select(i => i.GetAttribute("value")));
        Assert.Contains("Nothing is saved until you tap Save", filled.QuerySelector(".notice")!.TextContent);
        Assert.All(untouched["entries"]!.AsArray(), e => Assert.False(e!["marked"]!.GetValue<bool>()));
        Assert.Equal($"/meetings/{meeting}?saved=true", PageClient.Target(saved));
        var what = confirm.QuerySelector("section[aria-labelledby=what-locking-does]")!.TextContent;
        Assert.Contains("not marked become Absent", what);
        Assert.Contains("Certificates of attendance are issued", what);
        Assert.Contains("Only an administrator can unlock it", what);
        Assert.Equal($"/meetings/{meeting}?locked=true", PageClient.Target(locked));
        var after = await _society.Register(meeting);
        Assert.Equal("Locked", after["status"]!.GetValue<string>());
        Assert.All(after["entries"]!.AsArray(), e => Assert.Equal("Present", e!["status"]!.GetValue<string>()));
        var certificate = await CertifiedMember.CertificateOf(_society, _members[0]);
        Assert.Equal(CpdTracker.Api.Data.DocumentStatus.Valid, certificate.Status);
    }

    [Fact]
    public async Task LateNeedsItsMinutesAndTheChoicesStayOnThePage()
    {
        var meeting = await MeetingAsync("2026-11-18T19:00");
        var browser = await PageClient.SignedInAsync(_app, _leaderEmail);
        var register = await browser.GetAsync($"/meetings/{meeting}");
        var late = register.QuerySelectorAll("fieldset.member").First(f => f.Id == $"m{_members[2]}");
        var row = late.QuerySelector("input[type=hidden]")!.GetAttribute("name")!.Replace(".MemberId", "");

        var refused = await PageClient.ReadAsync(await browser.SubmitAsync(
            register,
            "register",
            Choices(register, new()
            {
                [$"{row}.Status"] = "Late",
                [$"{row}.Presenter"] = "true",
                ["Input.Action"] = "save",
            })));

        Assert.Contains(
            "enter the minutes Member 3 attended, from 1 to 89",
            refused.QuerySelector($"#m{_members[2]}-minutes-error")!.TextContent);
        Assert.Equal("Late", refused.QuerySelector($"#m{_members[2]} .statuses input:checked")!.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector($"#m{_members[2]} input[type=checkbox]:checked"));
        Assert.All(
            (await _society.Register(meeting))["entries"]!.AsArray(),
            e => Assert.False(e!["marked"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task WhenSomeoneElseSavedMeanwhileTheLeaderIsToldWhoAndWhenAndKeepsTheirChoices()
    {
        var meeting = await MeetingAsync("2026-11-18T19:00");
        var browser = await PageClient.SignedInAsync(_app, _leaderEmail);
        var register = await browser.GetAsync($"/meetings/{meeting}");
        var coLeader = await _app.CreateMemberClientAsync(_coLeader);
        await (await coLeader.PutAsJsonAsync(
                $"/api/meetings/{meeting}/attendance",
                new { entries = new[] { new { memberId = _members[0], status = "Late", minutesAttended = 60 } } }))
            .ReadJson(HttpStatusCode.OK);

        var mine = Choices(register, RegisterAction("save"));
        foreach (var status in register.QuerySelectorAll(".statuses input[value=Present]"))
        {
            mine[status.GetAttribute("name")!] = "Present";
        }

        var conflict = await PageClient.ReadAsync(await browser.SubmitAsync(register, "register", mine));
        var again = await browser.SubmitAsync(conflict, "register", Choices(conflict, RegisterAction("save")));

        Assert.Equal(
            "Dr Tom Nguyen saved this register at 8:00 pm AEDT on 22 November 2026",
            conflict.QuerySelector(".error-summary h2")!.TextContent);
        Assert.Equal(
            Enumerable.Repeat("Present", 10),
            conflict.QuerySelectorAll(".statuses input:checked").Select(i => i.GetAttribute("value")));
        Assert.Equal(
            "Saved meanwhile: Late, 60 minutes", conflict.QuerySelector($"#m{_members[0]} .theirs")!.TextContent);
        Assert.Equal($"/meetings/{meeting}?saved=true", PageClient.Target(again));
        Assert.All(
            (await _society.Register(meeting))["entries"]!.AsArray(),
            e => Assert.Equal("Present", e!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ALockedRegisterIsReadOnlyAndSaysToAskTheAdministrator()
    {
        var meeting = await MeetingAsync("2026-11-18T19:00");
        var browser = await PageClient.SignedInAsync(_app, _leaderEmail);
        var before = await browser.GetAsync($"/meetings/{meeting}");
        await (await _society.Client.PostAsync($"/api/meetings/{meeting}/lock", null)).ReadJson(HttpStatusCode.OK);

        var page = await browser.GetAsync($"/meetings/{meeting}");
        var stale = await browser.SubmitAsync(before, "register", Choices(before, RegisterAction("save")));
        var told = await browser.GetAsync(PageClient.Target(stale));

        Assert.Empty(page.QuerySelectorAll("form input[type=radio]"));
        Assert.Contains("ask the administrator to unlock it", page.QuerySelector(".notice.locked")!.TextContent);
        Assert.Equal(10, page.QuerySelectorAll("ul.register-lines li").Length);
        Assert.Contains("Absent", page.QuerySelector("ul.register-lines")!.TextContent);
        Assert.Equal($"/meetings/{meeting}?closed=true", PageClient.Target(stale));
        Assert.Contains("Nothing was changed", told.QuerySelector("p.notice")!.TextContent);
        Assert.StartsWith("Last change: locked by admin@test.example", told.QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public async Task ALeaderMovesAMeetingThenCancelsItWithAReason()
    {
        var meeting = await MeetingAsync("2026-12-02T19:00");
        var browser = await PageClient.SignedInAsync(_app, _leaderEmail);
        var page = await browser.GetAsync($"/meetings/{meeting}");

        var moved = await browser.SubmitAsync(page, "move", Meeting("Move", "2026-12-03", "18:30"));
        var after = await browser.GetAsync(PageClient.Target(moved));
        var noReason = await PageClient.ReadAsync(
            await browser.SubmitAsync(after, "cancel", new() { ["Cancel.Reason"] = " " }));
        var cancelled = await browser.SubmitAsync(after, "cancel", new() { ["Cancel.Reason"] = "Venue closed" });
        var group = await browser.GetAsync(PageClient.Target(cancelled));

        Assert.Equal($"/meetings/{meeting}?moved=true", PageClient.Target(moved));
        Assert.StartsWith("Thursday 3 December 2026, 6:30 pm AEDT", after.QuerySelector(".lead")!.TextContent);
        Assert.Contains(
            "Say why the meeting is cancelled.", noReason.QuerySelector("#cancel-reason-error")!.TextContent);
        Assert.Equal($"/groups/{_group}?cancelled={meeting}", PageClient.Target(cancelled));
        Assert.Contains(
            "Cancelled",
            group.QuerySelector($"section[aria-labelledby=recent] a[href='/meetings/{meeting}']")!.TextContent);
        var stored = await (await _society.Client.GetAsync($"/api/meetings/{meeting}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(
            ("2026-12-03T18:30", "Cancelled"),
            (stored["startsAtLocal"]!.GetValue<string>(), stored["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AMeetingNeverMarkedCanBeDeleted()
    {
        var meeting = await MeetingAsync("2026-12-02T19:00");
        var browser = await PageClient.SignedInAsync(_app, _leaderEmail);

        var deleted = await browser.SubmitAsync(await browser.GetAsync($"/meetings/{meeting}"), "delete", []);

        Assert.Equal($"/groups/{_group}?deleted=true", PageClient.Target(deleted));
        Assert.Equal(HttpStatusCode.NotFound, (await _society.Client.GetAsync($"/api/meetings/{meeting}")).StatusCode);
    }

    [Fact]
    public async Task AnotherGroupsPagesAreRefusedAndASignedOutVisitorIsSentToSignIn()
    {
        var meeting = await MeetingAsync("2026-11-18T19:00");
        var other = await PageClient.SignedInAsync(_app, _otherLeaderEmail);
        var leader = await PageClient.SignedInAsync(_app, _leaderEmail);
        var anonymous = PageClient.Anonymous(_app);
        var admin = await PageClient.SignedInAsync(_app, CpdTrackerApplication.AdminEmail);

        foreach (var url in new[] { $"/groups/{_group}", $"/meetings/{meeting}", $"/meetings/{meeting}/lock" })
        {
            var refused = await other.GetAsync(url, HttpStatusCode.Forbidden);
            Assert.Equal("You cannot open this page", refused.QuerySelector("h1")!.TextContent);
            var signIn = await anonymous.Http.GetAsync(url);
            Assert.Equal($"/signin?ReturnUrl={Uri.EscapeDataString(url)}", PageClient.Target(signIn));
            await admin.GetAsync(url);
        }

        // A form of the leader's own page, posted to another group's meeting, is refused before it is read.
        var own = await leader.GetAsync($"/meetings/{meeting}");
        var foreign = await MeetingOfOtherGroupAsync();
        var posted = await leader.Http.PostAsync(
            $"/meetings/{foreign}",
            new FormUrlEncodedContent(Choices(own, RegisterAction("all-present"))
                .Append(new(
                    "__RequestVerificationToken",
                    own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!))
                .Append(new("_handler", "register"))));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        await leader.GetAsync($"/groups/{_otherGroup}", HttpStatusCode.Forbidden);
        Assert.Equal(
            "Page not found",
            (await admin.GetAsync("/meetings/999999", HttpStatusCode.NotFound)).QuerySelector("h1")!.TextContent);
    }

    private async Task<int> MeetingAsync(string startsAtLocal) =>
        (await _society.Schedule(_group, startsAtLocal))["id"]!.GetValue<int>();

    private async Task<int> MeetingOfOtherGroupAsync() =>
        (await _society.Schedule(_otherGroup, "2026-11-18T19:00"))["id"]!.GetValue<int>();

    private static Dictionary<string, string> Meeting(string form, string date, string time) =>
        new()
        {
            [$"{form}.Date"] = date,
            [$"{form}.Time"] = time,
            [$"{form}.Duration"] = "90",
            [$"{form}.Mode"] = "InPerson",
        };

    private static Dictionary<string, string> RegisterAction(string action) => new() { ["Input.Action"] = action };

    /// <summary>What a browser posts for the register form as the page shows it: checked choices and typed minutes,
    /// plus the values given.</summary>
    private static Dictionary<string, string> Choices(IDocument page, Dictionary<string, string> values)
    {
        var form = page.QuerySelector("form#register")!;
        var posted = form
            .QuerySelectorAll("input[type=radio]:checked, input[type=checkbox]:checked, input[type=number]")
            .Where(i => i.GetAttribute("type") != "number" || !string.IsNullOrEmpty(i.GetAttribute("value")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in values)
        {
            posted[name] = value;
        }

        return posted;
    }
}
