namespace CpdTracker.Domain.Meetings;

/// <summary>What kind of activity a meeting is; the credit engine maps each kind to college categories.</summary>
public enum ActivityKind
{
    GroupMeeting,
    WorkshopGroup,
    WorkshopPlenary,
    LeadershipTraining,
}
