namespace CpdTracker.Domain.Groups;

/// <summary>A Balint group: meets in a city or online, in one IANA time zone.</summary>
public sealed class Group
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string City { get; set; }
    public required string TimeZone { get; set; }
    public MeetingMode Mode { get; set; }
    public List<GroupLeader> Leaders { get; set; } = [];
    public List<Enrolment> Enrolments { get; set; } = [];
    public List<Accreditation> Accreditations { get; set; } = [];

    public bool MayAttend(int memberId, DateOnly localDate) =>
        Leaders.Any(l => l.MemberId == memberId)
        || Enrolments.Any(e => e.MemberId == memberId && e.IsEnrolledOn(localDate));
}
