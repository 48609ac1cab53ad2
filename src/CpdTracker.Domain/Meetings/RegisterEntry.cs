namespace CpdTracker.Domain.Meetings;

/// <summary>One line of a register as a leader submits it.</summary>
public sealed record RegisterEntry(int MemberId, AttendanceStatus Status, int? MinutesAttended, AttendanceRole? Role);
