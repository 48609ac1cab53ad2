namespace CpdTracker.Domain.Meetings;

public enum MeetingMode
{
    Online,
    InPerson,
}
