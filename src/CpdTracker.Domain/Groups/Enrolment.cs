namespace CpdTracker.Domain.Groups;

/// <summary>A member's place in a group; no dates means enrolled with no limit (past records can be entered).</summary>
public sealed class Enrolment
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public int MemberId { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }

    public bool IsEnrolledOn(DateOnly date) =>
        (JoinedOn is null || JoinedOn <= date) && (LeftOn is null || date <= LeftOn);
}
