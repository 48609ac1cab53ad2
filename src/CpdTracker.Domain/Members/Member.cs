namespace CpdTracker.Domain.Members;

/// <summary>A clinician whose attendance is recorded and credited.</summary>
public sealed class Member
{
    public int Id { get; set; }
    public required string FullName { get; set; }
    public required string Email { get; set; }
    public Profession Profession { get; set; }
    public Country Country { get; set; }
    public List<CollegeMembership> CollegeMemberships { get; set; } = [];
}
