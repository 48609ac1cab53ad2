namespace CpdTracker.Domain.Credit;

/// <summary>A minimum over one category, a set of categories, or (no categories) the total.</summary>
public sealed record Requirement(string Name, IReadOnlyList<string> Categories, decimal Minimum);
