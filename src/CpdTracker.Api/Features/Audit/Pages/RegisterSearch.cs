using System.Globalization;

namespace CpdTracker.Api.Features.Audit.Pages;

/// <summary>A register found by the administrator: its meeting, where it belongs and how far it has got.</summary>
public sealed record FoundRegister(
    int MeetingId, string Title, string Activity, DateTime StartsAtUtc, string TimeZone, MeetingStatus Status,
        int Marked);

/// <summary>An audited change to a register or its meeting, ready to show: who (by name when a member), when, what
/// changed.</summary>
public sealed record RegisterHistoryEntry(
    DateTime AtUtc, string Who, string Entity, string Action, string? Reason, IReadOnlyList<AuditChange> Changes);

/// <summary>What the administrator's register pages read; unlocking goes through RegisterService as the API's
/// does.</summary>
public sealed class RegisterSearch(CpdDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public static string StatusText(MeetingStatus status, bool upcoming = false) => status switch
    {
        MeetingStatus.Scheduled when upcoming => "Upcoming",
        MeetingStatus.Scheduled => "Open",
        MeetingStatus.Locked => "Locked",
        _ => "Cancelled",
    };

    public static string Tag(MeetingStatus status, bool upcoming = false) => status switch
    {
        MeetingStatus.Scheduled when upcoming => "plain",
        MeetingStatus.Scheduled => "todo",
        MeetingStatus.Locked => "done",
        _ => "off",
    };

    public async Task<List<(int Id, string Name)>> GroupsAsync(CancellationToken ct) =>
        (await db.Groups.AsNoTracking().OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct))
            .Select(g => (g.Id, g.Name)).ToList();

    public async Task<List<(int Id, string Title)>> WorkshopsAsync(CancellationToken ct) =>
        (await db.Workshops.AsNoTracking().OrderBy(w => w.Title).Select(w => new { w.Id, w.Title }).ToListAsync(ct))
            .Select(w => (w.Id, w.Title)).ToList();

    /// <summary>Registers of a group or a workshop (or every one): from a local date on, oldest first; without a date,
    /// those held by now, newest first.</summary>
    public async Task<List<FoundRegister>> FindAsync(int? groupId, int? workshopId, DateOnly? from,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = db.Meetings.AsNoTracking()
            .Where(m => (groupId == null || m.GroupId == groupId) && (workshopId == null
                || m.WorkshopId == workshopId));
        meetings = from is { } date
            ? meetings.Where(m => m.LocalDate >= date).OrderBy(m => m.StartsAtUtc)
            : meetings.Where(m => m.StartsAtUtc <= now).OrderByDescending(m => m.StartsAtUtc);
        return await (from m in meetings.Take(PageSize)
                      join g in db.Groups on m.GroupId equals g.Id into gs
                      from g in gs.DefaultIfEmpty()
                      join w in db.Workshops on m.WorkshopId equals w.Id into ws
                      from w in ws.DefaultIfEmpty()
                      select new FoundRegister(m.Id, m.Title, g != null ? g.Name : w!.Title, m.StartsAtUtc, m.TimeZone,
                          m.Status,
                          m.Attendances.Count))
            .ToListAsync(ct);
    }

    public async Task<List<RegisterHistoryEntry>> HistoryAsync(int meetingId, CancellationToken ct)
    {
        var entries = await AuditTrail.ListAsync(db, [AuditEntity.Register, AuditEntity.Meeting],
            meetingId.ToString(CultureInfo.InvariantCulture), 1000, ct);
        var ids = entries.SelectMany(e => AuditDiff.MemberIds(e.Before).Concat(AuditDiff.MemberIds(e.After))).Distinct()
            .ToList();
        var names = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m =>
            m.FullName, ct);
        var actors = entries.Select(e => e.Actor).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => actors.Contains(u.UserName!) && u.MemberId != null)
            .Join(db.Members, u => u.MemberId, m => m.Id, (u, m) => new { u.UserName, m.FullName })
            .ToDictionaryAsync(x => x.UserName!, x => x.FullName, ct);
        return entries.Select(e => new RegisterHistoryEntry(e.AtUtc, people.GetValueOrDefault(e.Actor) ?? e.Actor,
            e.Entity, e.Action,
                e.Reason, Changes(e, names)))
            .ToList();
    }

    // An unlock is recorded with no "before" (the register's lines do not change): what changed is its status alone.
    // A register's own status reads as the pages say it: Open, Locked, Cancelled.
    private static IReadOnlyList<AuditChange> Changes(AuditEntryResponse e, IReadOnlyDictionary<int, string> names) =>
        (e.Action == nameof(AuditAction.Unlocked)
            ? [new AuditChange("status", nameof(MeetingStatus.Locked), AuditDiff.Changes(null, e.After, names)
                .FirstOrDefault(c => c.What == "status")?.After ?? nameof(MeetingStatus.Scheduled))]
            : AuditDiff.Changes(e.Before, e.After, names))
        .Select(c => c.What == "status" ? c with { Before = Status(c.Before), After = Status(c.After) } : c).ToList();

    private static string? Status(string? stored) => Enum.TryParse<MeetingStatus>(stored, out var status)
        ? StatusText(status) : stored;
}
