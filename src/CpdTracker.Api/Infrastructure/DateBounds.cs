namespace CpdTracker.Api.Infrastructure;

/// <summary>The dates this app works with: far beyond any CPD period, and far inside what date arithmetic
/// can reach.</summary>
public static class DateBounds
{
    public static readonly DateOnly First = new(2000, 1, 1);
    public static readonly DateOnly Last = new(2100, 12, 31);

    public const string Message = "must be between 2000-01-01 and 2100-12-31.";

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    public static bool Contains(DateTime local) => Contains(DateOnly.FromDateTime(local));
}
