namespace CpdTracker.Domain.Credit;

/// <summary>One attendance as the engine sees it. LocalDate is the meeting's date in its own zone; MinutesAttended is
/// already resolved from the status; ActivityKey names the accredited activity ("group:12", "workshop:3") for caps and
/// blocks; CollegeActivityNumber is the number that activity holds with this college, if any.</summary>
public sealed record AttendanceFact(
    int MeetingId, DateOnly LocalDate, string Title, ActivityKind Kind, AttendanceRole Role, AttendanceStatus Status,
    int MinutesAttended, int DurationMinutes, string ActivityKey, string ActivityTitle, string? CollegeActivityNumber);
