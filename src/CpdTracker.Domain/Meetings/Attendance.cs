namespace CpdTracker.Domain.Meetings;

/// <summary>One member's line in one meeting's register.</summary>
public sealed class Attendance
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int MemberId { get; set; }
    public AttendanceStatus Status { get; set; }
    public int MinutesAttended { get; set; }
    public AttendanceRole Role { get; set; }
}
