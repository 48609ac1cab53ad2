namespace CpdTracker.Domain.Credit;

/// <summary>Credit for one member, college and period: every line with why, totals per category, each
/// requirement met or short.</summary>
public sealed record CreditStatement(
    string College, string RuleSetCode, int RuleSetVersion, string Unit, CpdPeriod Period,
    IReadOnlyList<CreditLine> Lines, IReadOnlyDictionary<string, decimal> Totals,
    IReadOnlyList<RequirementResult> Requirements)
{
    public decimal Total => Totals.Values.Sum();
}
