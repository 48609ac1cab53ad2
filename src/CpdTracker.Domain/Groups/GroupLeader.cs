namespace CpdTracker.Domain.Groups;

public sealed class GroupLeader
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public int MemberId { get; set; }
    public LeaderRole Role { get; set; }

    public AttendanceRole AttendanceRole => Role == LeaderRole.Leader ? AttendanceRole.Leader : AttendanceRole.CoLeader;
}
