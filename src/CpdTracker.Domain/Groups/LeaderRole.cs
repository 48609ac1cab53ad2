namespace CpdTracker.Domain.Groups;

public enum LeaderRole
{
    Leader,
    CoLeader,
}
