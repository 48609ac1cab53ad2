using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>Tells this instance's cached session checks that an account changed, so they are read again.</summary>
public sealed class SessionChanges
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _accounts = new();

    public IChangeToken TokenFor(string userId) =>
        new CancellationChangeToken(_accounts.GetOrAdd(userId, _ => new CancellationTokenSource()).Token);

    public void Changed(string userId)
    {
        if (_accounts.TryRemove(userId, out var source))
        {
            source.Cancel();
        }
    }
}
