namespace CpdTracker.Domain.Meetings;

/// <summary>How a member attended: Present is the full duration unless minutes are given.</summary>
public enum AttendanceStatus
{
    Present,
    Late,
    LeftEarly,
    Absent,
    Apology,
}
