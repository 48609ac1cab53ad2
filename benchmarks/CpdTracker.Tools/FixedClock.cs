namespace CpdTracker.Tools;

/// <summary>A clock stopped at one instant, so a batch run over the synthetic society gives the same documents every
/// time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Where the synthetic data's year (2025) stands: its periods ended more than the 14 grace days
    /// before.</summary>
    public static readonly FixedClock Reference = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
