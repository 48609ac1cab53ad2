namespace CpdTracker.Domain.Credit;

/// <summary>Date, then meeting, then every other field: blocks and caps are counted in this order, so it must not
/// depend on the caller's.</summary>
internal static class AttendanceOrder
{
    public static List<AttendanceFact> Sort(IEnumerable<AttendanceFact> facts) => facts
        .OrderBy(f => f.LocalDate).ThenBy(f => f.MeetingId)
        .ThenBy(f => f.ActivityKey, StringComparer.Ordinal).ThenBy(f => f.Kind).ThenBy(f => f.Role)
        .ThenBy(f => f.Status)
        .ThenBy(f => f.MinutesAttended).ThenBy(f => f.DurationMinutes)
        .ThenBy(f => f.Title, StringComparer.Ordinal).ThenBy(f => f.ActivityTitle, StringComparer.Ordinal)
        .ThenBy(f => f.CollegeActivityNumber, StringComparer.Ordinal)
        .ToList();
}
