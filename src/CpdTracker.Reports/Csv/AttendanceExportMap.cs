namespace CpdTracker.Reports.Csv;

/// <summary>The CsvHelper map of the register export: one row per attendance, in the meeting's local time.</summary>
public sealed class AttendanceExportMap() : ColumnMap<AttendanceExportRow>(
[
    new("Local date", (w, r) => w.Date(r.LocalDate)),
    new("Start", (w, r) => w.Time(r.StartTime)),
    new("End", (w, r) => w.Time(r.EndTime)),
    new("Zone", (w, r) => w.Text(r.ZoneAbbreviation)),
    new("Time zone", (w, r) => w.Text(r.TimeZone)),
    new("Duration (min)", (w, r) => w.Count(r.DurationMinutes)),
    new("Mode", (w, r) => w.Text(r.Mode)),
    new("Group or workshop", (w, r) => w.Text(r.Activity)),
    new("Kind", (w, r) => w.Text(r.Kind)),
    new("Meeting", (w, r) => w.Text(r.MeetingTitle)),
    new("Member", (w, r) => w.Text(r.MemberName)),
    new("Profession", (w, r) => w.Text(r.Profession)),
    new("Status", (w, r) => w.Text(r.Status)),
    new("Minutes attended", (w, r) => w.Count(r.MinutesAttended)),
    new("Role", (w, r) => w.Text(r.Role)),
    new("Register locked", (w, r) => w.Text(r.Locked ? "yes" : "no")),
])
{
    /// <summary>The one instance; the map has no state.</summary>
    public static AttendanceExportMap Columns { get; } = new();
}
