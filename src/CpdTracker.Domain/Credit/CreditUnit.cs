namespace CpdTracker.Domain.Credit;

/// <summary>What a college counts in; statements write it in lower case ("hours", "points", "credits").</summary>
public enum CreditUnit
{
    Hours,
    Points,
    Credits,
}
