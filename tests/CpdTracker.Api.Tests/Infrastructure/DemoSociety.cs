namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>The demo society, loaded once for the test classes that read it (adding, at most, accounts of their own):
/// seeding it and issuing its documents is the costliest set-up in the suite.</summary>
public sealed class DemoSociety : IDisposable
{
    private readonly Dictionary<int, Task<string>> _accounts = [];

    public DemoSociety() => App = new() { SeedDemo = true, Settings = Mail.Settings };

    /// <summary>The SMTP server the demo would mail through (it must not: its history is not news).</summary>
    public MailServer Mail { get; } = MailServer.Start();

    public CpdTrackerApplication App { get; }

    /// <summary>The email of a member's account (a member has at most one), made the first time a test asks.</summary>
    public Task<string> AccountAsync(int memberId)
    {
        lock (_accounts)
        {
            return _accounts.TryGetValue(memberId, out var made)
                ? made
                : _accounts[memberId] = App.CreateMemberAccountAsync(memberId);
        }
    }

    public void Dispose()
    {
        App.Dispose();
        Mail.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DemoSocietyCollection : ICollectionFixture<DemoSociety>
{
    public const string Name = "demo society";
}
