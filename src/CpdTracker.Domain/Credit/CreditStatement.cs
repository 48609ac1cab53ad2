namespace CpdTracker.Domain.Credit;

public sealed record CreditLine(
    int MeetingId, DateOnly LocalDate, string Title, ActivityKind Kind, AttendanceRole Role, AttendanceStatus Status,
    int MinutesAttended, string Category, decimal Amount, string Explanation);

public sealed record RequirementResult(string Name, IReadOnlyList<string> Categories, decimal Minimum, decimal Achieved, bool Met, decimal Shortfall);

/// <summary>Credit for one member, college and period: every line with why, totals per category, each requirement met or short.</summary>
public sealed record CreditStatement(
    string College, string RuleSetCode, int RuleSetVersion, string Unit, CpdPeriod Period,
    IReadOnlyList<CreditLine> Lines, IReadOnlyDictionary<string, decimal> Totals, IReadOnlyList<RequirementResult> Requirements)
{
    public decimal Total => Totals.Values.Sum();
}
