namespace CpdTracker.Reports.Csv;

/// <summary>One attendance line for funders and auditors, in the meeting's local time.</summary>
public sealed record AttendanceExportRow(
    DateOnly LocalDate, TimeOnly StartTime, TimeOnly EndTime, string TimeZone, string ZoneAbbreviation,
    int DurationMinutes, string Mode, string Activity, string Kind, string MeetingTitle,
    string MemberName, string Profession, string Status, int MinutesAttended, string Role, bool Locked);
