using CpdTracker.Api.Features.Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Tests.Features;

public sealed class PublicAddressTests
{
    [Fact]
    public async Task DocumentsFromDotnetRunPrintAVerificationAddressThatWorksThere()
    {
        await using var app = new CpdTrackerApplication { Environment = "Development" };

        var options = app.Services.GetRequiredService<IOptions<CertificatesOptions>>().Value;

        Assert.Equal("http://localhost:5080/verify/", options.VerifyBaseUrl);
    }

    [Fact]
    public async Task TheVerificationAddressFollowsThePublicBaseUrlUnlessGivenWhole()
    {
        await using var configured =
            new CpdTrackerApplication { Settings = { ["App:PublicBaseUrl"] = "https://cpd.balint.example/" } };
        await using var whole =
            new CpdTrackerApplication { Settings = { ["Certificates:VerifyBaseUrl"] = "https://check.example/v/" } };

        Assert.Equal("https://cpd.balint.example/verify/",
            configured.Services.GetRequiredService<IOptions<CertificatesOptions>>().Value.VerifyBaseUrl);
        Assert.Equal("https://check.example/v/",
            whole.Services.GetRequiredService<IOptions<CertificatesOptions>>().Value.VerifyBaseUrl);
    }

    [Fact]
    public async Task WithoutAPublicAddressOutsideDevelopmentTheAppDoesNotStartAndNamesTheKey()
    {
        await using var app =
            new CpdTrackerApplication { Environment = "Production", Settings = { ["App:PublicBaseUrl"] = "" } };
        await using var wrong =
            new CpdTrackerApplication { Settings = { ["App:PublicBaseUrl"] = "cpd.balint.example" } };

        var refused = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Set App:PublicBaseUrl", refused.ToString());
        Assert.Contains("App:PublicBaseUrl must be an absolute http or https address",
            Assert.ThrowsAny<Exception>(() => wrong.Services).ToString());
    }
}
