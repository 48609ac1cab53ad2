using CpdTracker.Domain.Meetings;

namespace CpdTracker.Reports.Documents.Models;

/// <summary>One attended activity in a statement, with its credit (or none, with the reason).</summary>
/// <param name="Explanation">The one-line why, e.g. "90 of 90 min at 1 h/h → 1.5 h RP".</param>
public sealed record StatementLine(
    DateOnly LocalDate,
    string Activity,
    ActivityKind Kind,
    AttendanceRole Role,
    int MinutesAttended,
    string CategoryCode,
    decimal Amount,
    string Explanation);
