namespace CpdTracker.Api.Tests.Security;

public sealed class KeyRingTests
{
    [Fact]
    public async Task ATokenFromOneInstallationIsRefusedByAnother()
    {
        await using var first = new CpdTrackerApplication();
        await using var second = new CpdTrackerApplication();
        var token = (await first.CreateAdminClientAsync()).DefaultRequestHeaders.Authorization;
        var stranger = second.CreateClient();
        stranger.DefaultRequestHeaders.Authorization = token;

        Assert.Equal(HttpStatusCode.OK,
            (await (await first.CreateAdminClientAsync()).GetAsync("/api/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/members")).StatusCode);
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(first.DatabaseFile)!, "keys")),
            "the key ring is kept beside the database");
    }

    [Fact]
    public async Task InstancesOfOneInstallationShareTheKeyFolderTheyAreGiven()
    {
        var keys = Path.Combine(Path.GetTempPath(), $"cpdtracker-keys-{Guid.NewGuid():N}");
        try
        {
            await using var first = new CpdTrackerApplication { KeysFolder = keys };
            await using var second = new CpdTrackerApplication { KeysFolder = keys, DatabaseFile = first.DatabaseFile };
            var client = second.CreateClient();
            client.DefaultRequestHeaders.Authorization =
                (await first.CreateAdminClientAsync()).DefaultRequestHeaders.Authorization;

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/members")).StatusCode);
            Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        }
        finally
        {
            Directory.Delete(keys, recursive: true);
        }
    }
}
