namespace CpdTracker.Domain.Workshops;

public sealed class WorkshopParticipant
{
    public int WorkshopId { get; set; }
    public int MemberId { get; set; }
}
