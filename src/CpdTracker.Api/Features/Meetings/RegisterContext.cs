namespace CpdTracker.Api.Features.Meetings;

/// <summary>A meeting with who may be on its register: a group's leaders and members enrolled that day, or a workshop's participants.</summary>
public sealed class RegisterContext(Meeting meeting, IReadOnlyList<int> expected, Func<int, bool> mayAttend, IReadOnlyDictionary<int, AttendanceRole> leaderRoles)
{
    public Meeting Meeting { get; } = meeting;
    public IReadOnlyList<int> Expected { get; } = expected;

    public bool MayAttend(int memberId) => mayAttend(memberId);

    public AttendanceRole DefaultRole(int memberId) => leaderRoles.GetValueOrDefault(memberId, AttendanceRole.Participant);

    public static async Task<RegisterContext?> LoadAsync(CpdDbContext db, int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return null;
        }

        if (meeting.GroupId is { } groupId)
        {
            var group = await db.Groups.AsNoTracking().Include(g => g.Leaders).Include(g => g.Enrolments).AsSplitQuery().FirstAsync(g => g.Id == groupId, ct);
            var expected = group.Leaders.Select(l => l.MemberId)
                .Concat(group.Enrolments.Where(e => e.IsEnrolledOn(meeting.LocalDate)).Select(e => e.MemberId)).Distinct().ToList();
            return new RegisterContext(meeting, expected, id => group.MayAttend(id, meeting.LocalDate),
                group.Leaders.ToDictionary(l => l.MemberId, l => l.AttendanceRole));
        }

        var participants = await db.Workshops.Where(w => w.Id == meeting.WorkshopId)
            .SelectMany(w => w.Participants.Select(p => p.MemberId)).ToListAsync(ct);
        return new RegisterContext(meeting, participants, participants.Contains, new Dictionary<int, AttendanceRole>());
    }

    public async Task<RegisterResponse> ToResponseAsync(CpdDbContext db, CancellationToken ct)
    {
        var byMember = Meeting.Attendances.ToDictionary(a => a.MemberId);
        var ids = Expected.Union(byMember.Keys).ToList();
        var names = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.FullName, ct);
        var lines = ids.Select(id => byMember.TryGetValue(id, out var a)
                ? new RegisterLine(id, names[id], true, a.Status, a.MinutesAttended, a.Role)
                : new RegisterLine(id, names[id], false, null, null, null))
            .OrderBy(l => l.FullName, StringComparer.CurrentCulture).ThenBy(l => l.MemberId).ToList();
        return new RegisterResponse(Meeting.Id, Meeting.Status, Meeting.LockedAtUtc is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null,
            Meeting.Version, Meeting.DurationMinutes, lines);
    }

    /// <summary>The register as the audit log keeps it: status and every marked line.</summary>
    public object Snapshot() => new
    {
        Meeting.Status,
        Entries = Meeting.Attendances.OrderBy(a => a.MemberId)
            .Select(a => new { a.MemberId, a.Status, a.MinutesAttended, a.Role }).ToList(),
    };

    /// <summary>Applies a change in one transaction, only if nobody changed the register since it was read.</summary>
    public async Task<bool> CommitAsync(CpdDbContext db, SqliteWriteGate gate, Action change, CancellationToken ct)
    {
        using var turn = await gate.EnterAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var next = Guid.NewGuid();
        var read = Meeting.Version;
        var claimed = await db.Meetings.Where(m => m.Id == Meeting.Id && m.Version == read)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, next), ct);
        if (claimed == 0)
        {
            return false;
        }

        var version = db.Entry(Meeting).Property(m => m.Version);
        version.CurrentValue = next;
        version.OriginalValue = next;
        change();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
