namespace CpdTracker.Domain.Credit;

/// <summary>The most one accredited activity (one group, one workshop) may earn in a category in one period.</summary>
public sealed record CapRule(string Category, decimal MaxPerActivity);
