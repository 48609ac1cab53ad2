namespace CpdTracker.Domain.Members;

/// <summary>A member's number with one college; CycleStart anchors colleges whose period follows
/// the member's renewal.</summary>
public sealed class CollegeMembership
{
    public int Id { get; set; }
    public int MemberId { get; set; }
    public required string College { get; set; }
    public required string MemberNumber { get; set; }
    public DateOnly? CycleStart { get; set; }
}
