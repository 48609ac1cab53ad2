namespace CpdTracker.Domain.Meetings;

/// <summary>A group meeting or workshop session: a UTC instant plus the zone whose local date
/// decides its CPD period.</summary>
public sealed class Meeting
{
    public int Id { get; set; }
    public int? GroupId { get; set; }
    public int? WorkshopId { get; set; }
    public ActivityKind Kind { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public required string TimeZone { get; set; }
    public DateOnly LocalDate { get; set; }
    public int DurationMinutes { get; set; }
    public MeetingMode Mode { get; set; }
    public MeetingStatus Status { get; set; }
    public DateTime? LockedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Set in the transaction that locks or cancels the register, cleared once its certificates match it:
    /// the database, not a job queue, remembers what must still be issued or withdrawn.</summary>
    public bool CertificatesDue { get; set; }

    /// <summary>Locked before the app ran (the demo's history, an import): its documents are issued without email,
    /// until a person locks the register again.</summary>
    public bool Backfilled { get; set; }

    public List<Attendance> Attendances { get; set; } = [];

    public bool IsLocked => Status == MeetingStatus.Locked;
    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);
}
