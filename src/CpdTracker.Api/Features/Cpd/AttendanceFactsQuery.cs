using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.Cpd;

/// <summary>A member's attendance in a span of local dates as engine facts for one college; only locked registers count.</summary>
public static class AttendanceFactsQuery
{
    public sealed record Result(IReadOnlyList<AttendanceFact> Facts, int OpenRegisters);

    public static async Task<Result> LoadAsync(CpdDbContext db, int memberId, string college, CpdPeriod period, CancellationToken ct)
    {
        var rows = await db.Attendances.AsNoTracking().Where(a => a.MemberId == memberId)
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { a, m })
            .Where(x => x.m.LocalDate >= period.Start && x.m.LocalDate <= period.End)
            .Select(x => new { x.m.Id, x.m.LocalDate, x.m.Title, x.m.Kind, x.a.Role, Attended = x.a.Status, x.a.MinutesAttended, x.m.DurationMinutes, x.m.GroupId, x.m.WorkshopId, Register = x.m.Status })
            .ToListAsync(ct);
        var groupIds = rows.Where(r => r.GroupId != null).Select(r => r.GroupId!.Value).Distinct().ToList();
        var workshopIds = rows.Where(r => r.WorkshopId != null).Select(r => r.WorkshopId!.Value).Distinct().ToList();
        var groups = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        var workshops = await db.Workshops.AsNoTracking().Where(w => workshopIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);

        var facts = rows.Where(r => r.Register == MeetingStatus.Locked).Select(r =>
        {
            var (key, title, accreditations) = r.GroupId is { } g
                ? ($"group:{g}", groups[g].Name, groups[g].Accreditations)
                : ($"workshop:{r.WorkshopId}", workshops[r.WorkshopId!.Value].Title, workshops[r.WorkshopId!.Value].Accreditations);
            var number = accreditations.FirstOrDefault(a => a.College == college)?.ActivityId;
            return new AttendanceFact(r.Id, r.LocalDate, r.Title, r.Kind, r.Role, r.Attended, r.MinutesAttended, r.DurationMinutes, key, title, number);
        }).ToList();
        return new Result(facts, rows.Count(r => r.Register != MeetingStatus.Locked));
    }
}
