namespace CpdTracker.Reports.Documents.Models;

/// <summary>The rule set that produced a statement, so a reader can tell which rules and version applied.</summary>
/// <param name="Unit">Plural: "hours", "points" or "credits".</param>
public sealed record RuleSetInfo(string Code, string Version, string Unit);
