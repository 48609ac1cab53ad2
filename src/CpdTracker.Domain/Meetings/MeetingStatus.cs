namespace CpdTracker.Domain.Meetings;

public enum MeetingStatus
{
    Scheduled,
    Locked,
    Cancelled,
}
