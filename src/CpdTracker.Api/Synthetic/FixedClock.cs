namespace CpdTracker.Api.Synthetic;

/// <summary>A clock stopped at one instant, so a batch run over the synthetic society gives the same documents every time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
