using static CpdTracker.Api.Tests.Infrastructure.Outbox;

namespace CpdTracker.Api.Tests.Email;

/// <summary>Loading the demo society, issuing its certificates and running the summary job mail nobody: its history is
/// not news.</summary>
[Collection(DemoSocietyCollection.Name)]
public sealed class DemoMailTests(DemoSociety demo)
{
    [Fact]
    public async Task TheDemoSocietySendsNoMail()
    {
        var admin = await demo.App.SharedAdminClientAsync();
        await demo.App.WaitForJobsAsync(120);
        await (await admin.PostAsync("/api/summaries/run", null)).ReadJson(HttpStatusCode.Accepted);
        await demo.App.WaitForJobsAsync(120);

        Assert.NotEmpty(
            (await (await admin.GetAsync("/api/members/3/certificates")).ReadJson(HttpStatusCode.OK)).AsArray());
        Assert.Empty(await ListAsync(admin));
        Assert.Empty(demo.Mail.Messages);
    }
}
