namespace CpdTracker.Domain.Credit;

public enum RoundingMode
{
    Down,
    Nearest,
}

/// <summary>Applied to each credited line: down to, or to the nearest, multiple of the
/// increment (0.25 h, 1 point).</summary>
public sealed record Rounding(decimal Increment, RoundingMode Mode);
