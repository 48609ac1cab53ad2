namespace CpdTracker.Api.Features.Members;

public sealed record MemberAttendanceLine(
    int MeetingId, DateOnly LocalDate, string Title, ActivityKind Kind, int? GroupId, int? WorkshopId,
    AttendanceStatus Status, int MinutesAttended, AttendanceRole Role, bool Locked);

/// <summary>A member's own attendance record, newest first.</summary>
public static class MemberAttendance
{
    /// <summary>Lists how a member was marked at each meeting, newest first, optionally from and to local
    /// dates.</summary>
    public static async Task<Results<Ok<List<MemberAttendanceLine>>, NotFound>> List(
        int id, DateOnly? from, DateOnly? to, CpdDbContext db, CancellationToken ct)
    {
        if (!await db.Members.AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var lines = await db.Attendances.AsNoTracking().Where(a => a.MemberId == id)
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { a, m })
            .Where(x => (from == null || x.m.LocalDate >= from) && (to == null || x.m.LocalDate <= to))
            .OrderByDescending(x => x.m.StartsAtUtc)
            .Select(x => new MemberAttendanceLine(
                x.m.Id, x.m.LocalDate, x.m.Title, x.m.Kind, x.m.GroupId, x.m.WorkshopId,
                x.a.Status, x.a.MinutesAttended, x.a.Role, x.m.Status == MeetingStatus.Locked))
            .ToListAsync(ct);
        return TypedResults.Ok(lines);
    }
}
