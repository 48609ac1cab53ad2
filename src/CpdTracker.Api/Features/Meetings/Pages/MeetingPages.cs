using System.Globalization;

namespace CpdTracker.Api.Features.Meetings.Pages;

public sealed record GroupHeader(int Id, string Name, string City, string TimeZone, MeetingMode Mode);

/// <summary>A meeting in a group's list: when, what state, and how many lines its register has.</summary>
public sealed record MeetingItem(int Id, DateTime StartsAtUtc, string TimeZone, MeetingStatus Status, int Marked);

/// <summary>A register its leader can mark and lock now: the meeting has started and the register is
/// not locked.</summary>
public sealed record WaitingRegister(
    int MeetingId, int GroupId, string GroupName, DateTime StartsAtUtc, string TimeZone);

public sealed record MeetingLists(
    IReadOnlyList<MeetingItem> ToMark, IReadOnlyList<MeetingItem> Upcoming, IReadOnlyList<MeetingItem> Recent);

/// <summary>A meeting with the group it belongs to (none for a workshop session) and that group's leaders.</summary>
public sealed record MeetingHeader(
    MeetingResponse Meeting, GroupHeader? Group, IReadOnlyDictionary<int, LeaderRole> Leaders);

/// <summary>The newest change to a meeting or its register: who made it (their name when they are a member), when, and
/// what it was.</summary>
public sealed record LastChange(string Who, DateTime AtUtc, string Action)
{
    /// <summary>"saved", "locked", "moved"…: what Who did, for "Dr Tom Nguyen saved this register".</summary>
    public string Verb => Action switch
    {
        nameof(AuditAction.Created) => "scheduled",
        nameof(AuditAction.Rescheduled) => "moved",
        nameof(AuditAction.Corrected) => "corrected",
        _ => Action.ToLowerInvariant(),
    };
}

/// <summary>What the leader's pages read; every change goes through MeetingService and RegisterService.</summary>
public sealed class MeetingPages(CpdDbContext db, TimeProvider clock)
{
    private const int RecentCount = 8;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public Task<GroupHeader?> GroupAsync(int id, CancellationToken ct) =>
        db.Groups.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new GroupHeader(g.Id, g.Name, g.City, g.TimeZone, g.Mode)).FirstOrDefaultAsync(ct);

    public async Task<MeetingLists> MeetingsAsync(int groupId, CancellationToken ct)
    {
        var now = UtcNow;
        var meetings = db.Meetings.AsNoTracking().Where(m => m.GroupId == groupId);
        var toMark = await Items(
            meetings.Where(m => m.StartsAtUtc <= now && m.Status == MeetingStatus.Scheduled)
                .OrderByDescending(m => m.StartsAtUtc),
            ct);
        var upcoming = await Items(
            meetings.Where(m => m.StartsAtUtc > now && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.StartsAtUtc),
            ct);
        var recent = await Items(
            meetings.Where(m => (m.StartsAtUtc <= now && m.Status != MeetingStatus.Scheduled)
                    || (m.StartsAtUtc > now && m.Status == MeetingStatus.Cancelled))
                .OrderByDescending(m => m.StartsAtUtc).Take(RecentCount),
            ct);
        return new MeetingLists(toMark, upcoming, recent);
    }

    /// <summary>The registers waiting for this leader (in the groups they lead or co-lead, or every group for an
    /// administrator), newest first.</summary>
    public Task<List<WaitingRegister>> WaitingAsync(int? leaderId, bool everyGroup, CancellationToken ct)
    {
        var now = UtcNow;
        return db.Meetings.AsNoTracking()
            .Where(m => m.GroupId != null && m.StartsAtUtc <= now && m.Status == MeetingStatus.Scheduled)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new { m, g })
            .Where(x => everyGroup || x.g.Leaders.Any(l => l.MemberId == leaderId))
            .OrderByDescending(x => x.m.StartsAtUtc)
            .Select(x => new WaitingRegister(x.m.Id, x.g.Id, x.g.Name, x.m.StartsAtUtc, x.m.TimeZone))
            .ToListAsync(ct);
    }

    public async Task<MeetingHeader?> MeetingAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return null;
        }

        var group = meeting.GroupId is { } groupId ? await GroupAsync(groupId, ct) : null;
        var leaders = await db.Set<GroupLeader>().AsNoTracking().Where(l => l.GroupId == meeting.GroupId)
            .ToDictionaryAsync(l => l.MemberId, l => l.Role, ct);
        return new MeetingHeader(MeetingResponse.From(meeting), group, leaders);
    }

    /// <summary>The newest audit row of the meeting or its register (scheduled, moved, saved, corrected, locked,
    /// unlocked), to say who changed it when.</summary>
    public async Task<LastChange?> LastChangeAsync(int meetingId, CancellationToken ct)
    {
        var key = meetingId.ToString(CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.Entity == nameof(AuditEntity.Register) || a.Entity == nameof(AuditEntity.Meeting))
                && a.EntityId == key)
            .OrderByDescending(a => a.Id).Select(a => new { a.Actor, a.AtUtc, a.Action }).FirstOrDefaultAsync(ct);
        if (entry is null)
        {
            return null;
        }

        var name = await db.Users.Where(u => u.UserName == entry.Actor && u.MemberId != null)
            .Join(db.Members, u => u.MemberId, m => m.Id, (u, m) => m.FullName).FirstOrDefaultAsync(ct);
        return new LastChange(name ?? entry.Actor, DateTime.SpecifyKind(entry.AtUtc, DateTimeKind.Utc), entry.Action);
    }

    private static Task<List<MeetingItem>> Items(IQueryable<Meeting> meetings, CancellationToken ct) =>
        meetings.Select(m => new MeetingItem(m.Id, m.StartsAtUtc, m.TimeZone, m.Status, m.Attendances.Count))
            .ToListAsync(ct);
}
