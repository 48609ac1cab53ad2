namespace CpdTracker.Reports.Csv;

/// <summary>One member's credit from one accredited activity (group or workshop) in a college's period.</summary>
public sealed record CollegeReportRow(
    string MemberNumber, string FullName, string ActivityNumber, string ActivityTitle,
    DateOnly FirstLocalDate, DateOnly LastLocalDate,
    int MeetingsAttended, int MinutesAttended, IReadOnlyDictionary<string, decimal> Credits, string RuleSetCode);
