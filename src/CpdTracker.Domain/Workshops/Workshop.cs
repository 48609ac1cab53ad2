namespace CpdTracker.Domain.Workshops;

/// <summary>A multi-day workshop; its sessions are meetings with registers of their own.</summary>
public sealed class Workshop
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Venue { get; set; }
    public required string TimeZone { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public List<Accreditation> Accreditations { get; set; } = [];
    public List<WorkshopParticipant> Participants { get; set; } = [];

    public static readonly IReadOnlyList<ActivityKind> SessionKinds =
        [ActivityKind.WorkshopGroup, ActivityKind.WorkshopPlenary, ActivityKind.LeadershipTraining];
}
