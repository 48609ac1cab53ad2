using System.Globalization;

namespace CpdTracker.Reports.Csv;

/// <summary>The columns of the register export: one row per attendance.</summary>
public static class AttendanceExportMap
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<CsvField<AttendanceExportRow>> Columns =
    [
        new("Local date", r => r.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Start", r => r.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture)),
        new("End", r => r.EndTime.ToString("HH:mm", CultureInfo.InvariantCulture)),
        new("Zone", r => r.ZoneAbbreviation),
        new("Time zone", r => r.TimeZone),
        new("Duration (min)", r => Text(r.DurationMinutes)),
        new("Mode", r => r.Mode),
        new("Group or workshop", r => r.Activity),
        new("Kind", r => r.Kind),
        new("Meeting", r => r.MeetingTitle),
        new("Member", r => r.MemberName),
        new("Profession", r => r.Profession),
        new("Status", r => r.Status),
        new("Minutes attended", r => Text(r.MinutesAttended)),
        new("Role", r => r.Role),
        new("Register locked", r => r.Locked ? "yes" : "no"),
    ];
}
