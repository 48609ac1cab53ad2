namespace CpdTracker.Reports.Documents.Models;

/// <summary>Credit earned at one college in one category, e.g. RACGP, RACGP-2023, RP, "Reviewing
/// performance", 1.5, "hours".</summary>
/// <param name="Unit">The rule set's unit, plural: "hours", "points" or "credits".</param>
public sealed record CreditLine(string College, string RuleSetCode, string CategoryCode, string CategoryName,
    decimal Amount, string Unit);
