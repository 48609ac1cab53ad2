namespace CpdTracker.Api.Features.Meetings;

/// <summary>Who belongs on a meeting's register: a group's leaders and the members enrolled that day, or a
/// workshop's participants.</summary>
public sealed class RegisterRoster(
    IReadOnlyList<int> expected, Func<int, bool> mayAttend, IReadOnlyDictionary<int, AttendanceRole> leaderRoles)
{
    public IReadOnlyList<int> Expected { get; } = expected;

    public bool MayAttend(int memberId) => mayAttend(memberId);

    public AttendanceRole DefaultRole(int memberId) =>
        leaderRoles.GetValueOrDefault(memberId, AttendanceRole.Participant);

    public static async Task<RegisterRoster> LoadAsync(CpdDbContext db, Meeting meeting, CancellationToken ct)
    {
        if (meeting.GroupId is { } groupId)
        {
            var group = await db.Groups.AsNoTracking().Include(g => g.Leaders).Include(g => g.Enrolments)
                .AsSplitQuery().FirstAsync(g => g.Id == groupId, ct);
            var expected = group.Leaders.Select(l => l.MemberId)
                .Concat(group.Enrolments.Where(e => e.IsEnrolledOn(meeting.LocalDate)).Select(e => e.MemberId))
                .Distinct().ToList();
            return new RegisterRoster(expected, id => group.MayAttend(id, meeting.LocalDate),
                group.Leaders.ToDictionary(l => l.MemberId, l => l.AttendanceRole));
        }

        var participants = await db.Workshops.Where(w => w.Id == meeting.WorkshopId)
            .SelectMany(w => w.Participants.Select(p => p.MemberId)).ToListAsync(ct);
        return new RegisterRoster(participants, participants.Contains, new Dictionary<int, AttendanceRole>());
    }
}
