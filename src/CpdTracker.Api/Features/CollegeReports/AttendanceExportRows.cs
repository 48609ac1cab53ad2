using System.Runtime.CompilerServices;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Domain.Time;
using CpdTracker.Reports.Csv;

namespace CpdTracker.Api.Features.CollegeReports;

/// <summary>Every attendance in a span of local dates, read from the database as it is written out.</summary>
public static class AttendanceExportRows
{
    public static async IAsyncEnumerable<AttendanceExportRow> ReadAsync(
        CpdDbContext db,
        DateOnly? first,
        DateOnly? last,
        int? groupId,
        int? workshopId,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = from a in db.Attendances.AsNoTracking()
                   join m in db.Meetings on a.MeetingId equals m.Id
                   join member in db.Members on a.MemberId equals member.Id
                   join g in db.Groups on m.GroupId equals g.Id into gs
                   from g in gs.DefaultIfEmpty()
                   join w in db.Workshops on m.WorkshopId equals w.Id into ws
                   from w in ws.DefaultIfEmpty()
                   where (first == null || m.LocalDate >= first)
                         && (last == null || m.LocalDate <= last)
                         && (groupId == null || m.GroupId == groupId)
                         && (workshopId == null || m.WorkshopId == workshopId)
                   orderby m.StartsAtUtc, m.Id, member.FullName
                   select new
                   {
                       m.LocalDate,
                       m.StartsAtUtc,
                       m.TimeZone,
                       m.DurationMinutes,
                       m.Mode,
                       m.Kind,
                       m.Title,
                       Meeting = m.Status,
                       Activity = g != null ? g.Name : w!.Title,
                       member.FullName,
                       member.Profession,
                       a.Status,
                       a.MinutesAttended,
                       a.Role,
                   };
        var zones = new Dictionary<string, TimeZoneInfo>();
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!zones.TryGetValue(r.TimeZone, out var zone))
            {
                zones[r.TimeZone] = zone = ZoneLookup.Find(r.TimeZone);
            }

            var start = LocalStart.ToLocal(r.StartsAtUtc, zone);
            yield return new AttendanceExportRow(
                r.LocalDate,
                TimeOnly.FromDateTime(start),
                TimeOnly.FromDateTime(LocalStart.ToLocal(r.StartsAtUtc.AddMinutes(r.DurationMinutes), zone)),
                r.TimeZone,
                ZoneAbbreviations.For(r.TimeZone, r.StartsAtUtc),
                r.DurationMinutes,
                r.Mode.ToString(),
                r.Activity,
                r.Kind.ToString(),
                r.Title,
                r.FullName,
                MemberDetailsQuery.ProfessionName(r.Profession),
                r.Status.ToString(),
                r.MinutesAttended,
                r.Role.ToString(),
                r.Meeting == MeetingStatus.Locked);
        }
    }
}
