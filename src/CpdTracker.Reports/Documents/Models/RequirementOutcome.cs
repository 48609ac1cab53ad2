namespace CpdTracker.Reports.Documents.Models;

/// <summary>One requirement of the rule set and how the member stands against it.</summary>
/// <param name="Description">What is required, e.g. "Total", "EA", "RP + MO".</param>
public sealed record RequirementOutcome(string Description, decimal Required, decimal Credited)
{
    public bool IsMet => Credited >= Required;

    public decimal Shortfall => IsMet ? 0 : Required - Credited;
}
