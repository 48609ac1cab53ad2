namespace CpdTracker.Domain.Meetings;

/// <summary>The part a member played in one meeting.</summary>
public enum AttendanceRole
{
    Participant,
    Presenter,
    Leader,
    CoLeader,
}
