namespace CpdTracker.Api.Synthetic;

// Plain rows in the shape of the tables, written by SqliteBulkWriter with explicit ids.
public sealed record MemberRow(int Id, string FullName, string Email, Profession Profession, Country Country);

public sealed record MembershipRow(int MemberId, string College, string MemberNumber, DateOnly? CycleStart);

public sealed record GroupRow(int Id, string Name, string City, string TimeZone, MeetingMode Mode, int LeaderId, int CoLeaderId, int[] MemberIds, List<(string College, string ActivityId)> Accreditations);

public sealed record WorkshopRow(int Id, string Title, string Venue, string TimeZone, DateOnly StartDate, DateOnly EndDate, int[] Participants, List<(string College, string ActivityId)> Accreditations);

public sealed record MeetingRow(int Id, int? GroupId, int? WorkshopId, ActivityKind Kind, string Title, DateTime StartsAtUtc, string TimeZone, DateOnly LocalDate,
    int DurationMinutes, MeetingMode Mode, MeetingStatus Status, DateTime? LockedAtUtc, Guid Version);

public sealed record AttendanceRow(int MeetingId, int MemberId, AttendanceStatus Status, int MinutesAttended, AttendanceRole Role);

public sealed class SyntheticData
{
    public List<MemberRow> Members { get; } = [];
    public List<MembershipRow> Memberships { get; } = [];
    public List<GroupRow> Groups { get; } = [];
    public List<WorkshopRow> Workshops { get; } = [];
    public List<MeetingRow> Meetings { get; } = [];
    public List<AttendanceRow> Attendances { get; } = [];
}
