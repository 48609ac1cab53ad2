namespace CpdTracker.Domain.Credit;

/// <summary>Every full block of hours attended in one activity holding the college's number earns a fixed award instead
/// of those hours' per-hour credit.</summary>
public sealed record BlockAward(decimal HoursPerBlock, decimal Award, string Category, string ReplacesCategory);
