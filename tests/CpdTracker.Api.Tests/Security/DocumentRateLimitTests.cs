namespace CpdTracker.Api.Tests.Security;

public sealed class DocumentRateLimitTests
{
    [Fact]
    public async Task OneMemberRenderingPdfsBeyondTheirAllowanceGets429WhileAnotherMemberIsServed()
    {
        await using var app = new CpdTrackerApplication
        {
            Settings = { ["RateLimits:DocumentsBurstPerUser"] = "2", ["RateLimits:DocumentsPerMinutePerUser"] = "1" },
        };
        var society = new Society(await app.CreateAdminClientAsync());
        var racgp = new { college = "RACGP", memberNumber = "1" };
        var (greedy, patient) = (await society.AddMember("Greedy", "GP", "AU", racgp),
            await society.AddMember("Patient", "GP", "AU", racgp));
        var greedyClient = await app.CreateMemberClientAsync(greedy);
        var patientClient = await app.CreateMemberClientAsync(patient);
        string Pdf(int member) => $"/api/members/{member}/cpd/interim.pdf?college=RACGP&date=2026-11-01";

        Assert.Equal(HttpStatusCode.OK, (await greedyClient.GetAsync(Pdf(greedy))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await greedyClient.GetAsync(Pdf(greedy))).StatusCode);
        var limited = await greedyClient.GetAsync(Pdf(greedy));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After was {limited.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.OK, (await patientClient.GetAsync(Pdf(patient))).StatusCode);
    }
}
