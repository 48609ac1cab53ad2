using CpdTracker.Domain.Meetings;

namespace CpdTracker.Reports.Documents.Models;

/// <summary>One meeting as a certificate describes it, in the local time of its group.</summary>
/// <param name="TimeZoneAbbreviation">The zone's abbreviation on that date, computed by the caller:
/// "AEDT", "NZDT", "AWST".</param>
/// <param name="Location">The city or venue of an in-person meeting; null when online or unknown.</param>
public sealed record ActivityDetails(
    string GroupName,
    ActivityKind Kind,
    string LeaderName,
    string? CoLeaderName,
    DateOnly LocalDate,
    TimeOnly LocalStartTime,
    string TimeZoneAbbreviation,
    MeetingMode Mode,
    int DurationMinutes,
    string? Location = null);
