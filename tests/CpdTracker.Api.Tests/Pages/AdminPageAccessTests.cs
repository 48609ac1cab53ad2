namespace CpdTracker.Api.Tests.Pages;

/// <summary>Every page under /admin, found by reflection (so pages added later are covered without editing this test),
/// opened on the demo society's own rows as a signed-out visitor, a member, a leader and an administrator.</summary>
[Collection(DemoSocietyCollection.Name)]
public sealed class AdminPageAccessTests(DemoSociety demo)
{
    [Fact]
    public async Task EveryAdministrationPageSendsAVisitorToSignInRefusesMembersAndLeadersAndOpensForAnAdministrator()
    {
        var app = demo.App;
        var samples = await AdminPages.DemoSamplesAsync(app);
        var routes = AdminPages.Routes();
        Assert.Contains("/admin", routes);
        Assert.Contains("/admin/reports", routes);
        var member = await PageClient.SignedInAsync(app, await demo.AccountAsync(samples["member"]));
        var leader = await PageClient.SignedInAsync(app, await demo.AccountAsync(samples["leader"]));
        var admin = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);
        var anonymous = PageClient.Anonymous(app);

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var url = AdminPages.Fill(route, samples);
            var answers = new[]
            {
                await anonymous.Http.GetAsync(url), await member.Http.GetAsync(url), await leader.Http.GetAsync(url),
                    await admin.Http.GetAsync(url),
            };
            var seen = string.Join(", ", answers.Select(a => (int)a.StatusCode));
            if (answers[0].StatusCode != HttpStatusCode.Redirect
                || PageClient.Target(answers[0]) != $"/signin?ReturnUrl={Uri.EscapeDataString(url)}"
                || answers[1].StatusCode != HttpStatusCode.Forbidden
                    || answers[2].StatusCode != HttpStatusCode.Forbidden
                || answers[3].StatusCode != HttpStatusCode.OK)
            {
                failures.Add(
                    $"{url}: anonymous, member, leader, admin gave {seen}; expected 302 to sign-in, 403, 403, 200");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Concat(app.Errors.Entries)));
    }

    [Fact]
    public async Task TheJobDashboardOpensForAnAdministratorSignedInOnThePagesAndRefusesMembersAndLeaders()
    {
        var app = demo.App;
        var samples = await AdminPages.DemoSamplesAsync(app);
        var member = await PageClient.SignedInAsync(app, await demo.AccountAsync(samples["member"]));
        var leader = await PageClient.SignedInAsync(app, await demo.AccountAsync(samples["leader"]));
        var admin = await PageClient.SignedInAsync(app, CpdTrackerApplication.AdminEmail);

        var signedOut = await PageClient.Anonymous(app).GetAsync("/hangfire", HttpStatusCode.Unauthorized);

        Assert.Equal("/signin?ReturnUrl=%2Fhangfire", signedOut.QuerySelector("ul.links a")!.GetAttribute("href"));
        var browser = PageClient.Anonymous(app);
        var signedIn = await browser.SubmitAsync(await browser.GetAsync("/signin?ReturnUrl=%2Fhangfire"), "signin",
            new()
            {
                ["Input.Email"] = CpdTrackerApplication.AdminEmail,
                ["Input.Password"] = CpdTrackerApplication.Password
            });
        Assert.Equal("/hangfire", PageClient.Target(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Http.GetAsync("/hangfire/recurring")).StatusCode);
        var recurring = await admin.Http.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        Assert.Contains("annual-summaries", await recurring.Content.ReadAsStringAsync());
    }
}
