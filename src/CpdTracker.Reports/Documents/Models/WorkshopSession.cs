using CpdTracker.Domain.Meetings;

namespace CpdTracker.Reports.Documents.Models;

/// <summary>One workshop session the member attended, in the workshop's local time.</summary>
public sealed record WorkshopSession(
    DateOnly LocalDate,
    TimeOnly LocalStartTime,
    string TimeZoneAbbreviation,
    ActivityKind Kind,
    string Title,
    int MinutesAttended,
    AttendanceRole Role);
