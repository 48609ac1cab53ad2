namespace CpdTracker.Domain.Credit;

/// <summary>The fraction of a mapping's credit that goes to one category (a hybrid activity is split,
/// e.g. 0.5 EA + 0.5 RP).</summary>
public sealed record CategoryShare(string Category, decimal Fraction);

/// <summary>What one kind of activity (optionally for one role) credits: the rate per hour attended,
/// split across categories.</summary>
public sealed record ActivityMapping(ActivityKind Kind, AttendanceRole? Role, decimal RatePerHour,
    IReadOnlyList<CategoryShare> Categories);
