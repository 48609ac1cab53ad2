using CpdTracker.Api.Features.Auth;

namespace CpdTracker.Api.Tests.Pages;

public sealed class InvitationPageTests
{
    [Fact]
    public async Task AnInvitedMemberSetsAPasswordOnceAndSignsInWithIt()
    {
        await using var app = new CpdTrackerApplication();
        var society = new Society(await app.CreateAdminClientAsync());
        var member = await society.AddMember("Dr Liam Walsh");
        var invitation = await (await society.Client.PostAsync($"/api/members/{member}/invitation", null))
            .ReadAs<InvitationResponse>(HttpStatusCode.OK);
        var (token, email) = (invitation.Token, invitation.Email);
        var browser = PageClient.Anonymous(app);

        var page = await browser.GetAsync($"/invitation/{token}");
        Assert.Equal(email, page.QuerySelector("input#username[readonly]")!.GetAttribute("value"));
        Assert.Equal("no-referrer", page.QuerySelector("meta[name=referrer]")!.GetAttribute("content"));

        var mismatch = await PageClient.ReadAsync(await browser.SubmitAsync(
            page,
            "invitation",
            new() { ["Input.Password"] = "A-long-Password-1", ["Input.Confirm"] = "A-long-Password-2" }));
        var weak = await PageClient.ReadAsync(await browser.SubmitAsync(
            page,
            "invitation",
            new() { ["Input.Password"] = "alllowercaseletters", ["Input.Confirm"] = "alllowercaseletters" }));
        var accepted = await browser.SubmitAsync(
            page,
            "invitation",
            new() { ["Input.Password"] = "A-long-Password-1", ["Input.Confirm"] = "A-long-Password-1" });

        Assert.Equal(
            "The two passwords are not the same.",
            mismatch.QuerySelector("#confirm-error")!.TextContent.Replace("Error: ", ""));
        Assert.Contains("uppercase", weak.QuerySelector("#password-error")!.TextContent);
        Assert.Equal("/signin?passwordset=true", PageClient.Target(accepted));
        Assert.Equal(
            "This invitation cannot be used",
            (await browser.GetAsync($"/invitation/{token}")).QuerySelector("h1")!.TextContent);
        await PageClient.SignedInAsync(app, email, "A-long-Password-1");
    }
}
