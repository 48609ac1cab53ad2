namespace CpdTracker.Api.Features.Meetings;

/// <summary>A register as the leader sees it (every expected member, marked or not), and as the audit log
/// keeps it.</summary>
public static class RegisterView
{
    public static async Task<RegisterResponse> BuildAsync(
        CpdDbContext db, Meeting meeting, RegisterRoster roster, CancellationToken ct)
    {
        var byMember = meeting.Attendances.ToDictionary(a => a.MemberId);
        var ids = roster.Expected.Union(byMember.Keys).ToList();
        var names = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.FullName, ct);
        var lines = ids.Select(id => byMember.TryGetValue(id, out var a)
                ? new RegisterLine(id, names[id], true, a.Status, a.MinutesAttended, a.Role)
                : new RegisterLine(id, names[id], false, null, null, null))
            .OrderBy(l => l.FullName, StringComparer.CurrentCulture).ThenBy(l => l.MemberId).ToList();
        return new RegisterResponse(meeting.Id, meeting.Status,
            meeting.LockedAtUtc is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null,
            meeting.Version, meeting.DurationMinutes, lines);
    }

    /// <summary>The register as the audit log keeps it: status and every marked line.</summary>
    public static RegisterSnapshot Snapshot(Meeting meeting) => new(meeting.Status,
        meeting.Attendances.OrderBy(a => a.MemberId)
            .Select(a => new RegisterSnapshotLine(a.MemberId, a.Status, a.MinutesAttended, a.Role)).ToList());
}

public sealed record RegisterSnapshotLine(
    int MemberId, AttendanceStatus Status, int MinutesAttended, AttendanceRole Role);

public sealed record RegisterSnapshot(MeetingStatus Status, IReadOnlyList<RegisterSnapshotLine> Entries);
