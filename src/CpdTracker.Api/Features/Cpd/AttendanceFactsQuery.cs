using System.Runtime.CompilerServices;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.Cpd;

/// <summary>A member's attendance in a span of local dates as engine facts for one college; only locked
/// registers count.</summary>
public static class AttendanceFactsQuery
{
    public sealed record Result(IReadOnlyList<AttendanceFact> Facts, int OpenRegisters);

    // Initialised by member (not by constructor) so EF Core can still filter and order on it after the projection.
    private sealed class Row
    {
        public int MemberId { get; init; }
        public int Id { get; init; }
        public DateOnly LocalDate { get; init; }
        public required string Title { get; init; }
        public ActivityKind Kind { get; init; }
        public AttendanceRole Role { get; init; }
        public AttendanceStatus Attended { get; init; }
        public int MinutesAttended { get; init; }
        public int DurationMinutes { get; init; }
        public int? GroupId { get; init; }
        public int? WorkshopId { get; init; }
        public MeetingStatus Register { get; init; }
    }

    public static async Task<Result> LoadAsync(
        CpdDbContext db, int memberId, string college, CpdPeriod period, CancellationToken ct)
    {
        var rows = await Rows(db, period).Where(r => r.MemberId == memberId).ToListAsync(ct);
        var groupIds = rows.Where(r => r.GroupId != null).Select(r => r.GroupId!.Value).Distinct().ToList();
        var workshopIds = rows.Where(r => r.WorkshopId != null).Select(r => r.WorkshopId!.Value).Distinct().ToList();
        var groups = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, ct);
        var workshops = await db.Workshops.AsNoTracking().Where(w => workshopIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, ct);
        var facts = rows.Where(r => r.Register == MeetingStatus.Locked)
            .Select(r => Fact(r, college, groups, workshops)).ToList();
        return new Result(facts, rows.Count(r => r.Register == MeetingStatus.Scheduled));
    }

    /// <summary>The locked attendance of every member of a college in a window, member by member in id order, from one
    /// query (a college report asked three queries per member of this class before).</summary>
    public static async IAsyncEnumerable<(int MemberId, List<AttendanceFact> Facts)> LoadForCollegeAsync(
        CpdDbContext db, string college, CpdPeriod window, [EnumeratorCancellation] CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().ToDictionaryAsync(g => g.Id, ct);
        var workshops = await db.Workshops.AsNoTracking().ToDictionaryAsync(w => w.Id, ct);
        var members = db.Set<CollegeMembership>().Where(c => c.College == college).Select(c => c.MemberId);
        var rows = Rows(db, window).Where(r => r.Register == MeetingStatus.Locked && members.Contains(r.MemberId))
            .OrderBy(r => r.MemberId).AsAsyncEnumerable();
        (int MemberId, List<AttendanceFact> Facts)? current = null;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (current is { } done && done.MemberId != row.MemberId)
            {
                yield return done;
                current = null;
            }

            current ??= (row.MemberId, []);
            current.Value.Facts.Add(Fact(row, college, groups, workshops));
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    private static IQueryable<Row> Rows(CpdDbContext db, CpdPeriod period) =>
        db.Attendances.AsNoTracking()
            .Join(db.Meetings, a => a.MeetingId, m => m.Id, (a, m) => new { a, m })
            .Where(x => x.m.LocalDate >= period.Start && x.m.LocalDate <= period.End)
            .Select(x => new Row
            {
                MemberId = x.a.MemberId,
                Id = x.m.Id,
                LocalDate = x.m.LocalDate,
                Title = x.m.Title,
                Kind = x.m.Kind,
                Role = x.a.Role,
                Attended = x.a.Status,
                MinutesAttended = x.a.MinutesAttended,
                DurationMinutes = x.m.DurationMinutes,
                GroupId = x.m.GroupId,
                WorkshopId = x.m.WorkshopId,
                Register = x.m.Status,
            });

    private static AttendanceFact Fact(
        Row r, string college, Dictionary<int, Group> groups, Dictionary<int, Workshop> workshops)
    {
        var (key, title, accreditations) = r.GroupId is { } g
            ? ($"group:{g}", groups[g].Name, groups[g].Accreditations)
            : ($"workshop:{r.WorkshopId}", workshops[r.WorkshopId!.Value].Title,
                workshops[r.WorkshopId!.Value].Accreditations);
        var number = accreditations.FirstOrDefault(a => a.College == college)?.ActivityId;
        return new AttendanceFact(r.Id, r.LocalDate, r.Title, r.Kind, r.Role, r.Attended, r.MinutesAttended,
            r.DurationMinutes, key, title, number);
    }
}
