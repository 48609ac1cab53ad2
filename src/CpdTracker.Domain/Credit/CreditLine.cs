namespace CpdTracker.Domain.Credit;

/// <summary>One line of a statement: an attendance (or a block completed at it) with its category,
/// amount and a one-line why.</summary>
public sealed record CreditLine(
    int MeetingId, DateOnly LocalDate, string Title, ActivityKind Kind, AttendanceRole Role, AttendanceStatus Status,
    int MinutesAttended, string Category, decimal Amount, string Explanation);
