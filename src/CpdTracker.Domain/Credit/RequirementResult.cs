namespace CpdTracker.Domain.Credit;

/// <summary>A requirement of the rule set, met or short by how much.</summary>
public sealed record RequirementResult(string Name, IReadOnlyList<string> Categories, decimal Minimum, decimal Achieved,
    bool Met, decimal Shortfall);
