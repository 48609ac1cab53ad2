using System.Runtime.CompilerServices;
using CpdTracker.Api.Features.Cpd;
using CpdTracker.Domain.Credit;
using CpdTracker.Reports.Csv;

namespace CpdTracker.Api.Features.CollegeReports;

/// <summary>The college report's rows, member by member, so the report is never held in memory whole.</summary>
public static class CollegeReportRows
{
    public static async IAsyncEnumerable<CollegeReportRow> ReadAsync(
        CpdDbContext db, string college, int year, ReportPeriod report, [EnumeratorCancellation] CancellationToken ct)
    {
        var memberships = await db.Set<CollegeMembership>().AsNoTracking().Where(c => c.College == college)
            .Join(
                db.Members,
                c => c.MemberId,
                m => m.Id,
                (c, m) => new { c.MemberId, c.MemberNumber, c.CycleStart, m.FullName })
            .OrderBy(x => x.MemberId)
            .ToListAsync(ct);
        await using var attendanceByMember = AttendanceFactsQuery.LoadForCollegeAsync(db, college, report.Window, ct)
            .GetAsyncEnumerator(ct);
        var more = await attendanceByMember.MoveNextAsync();
        foreach (var member in memberships)
        {
            while (more && attendanceByMember.Current.MemberId < member.MemberId)
            {
                more = await attendanceByMember.MoveNextAsync();
            }

            var facts = new MembershipFacts(college, member.MemberNumber, member.CycleStart);
            if (report.Rules.Period.Kind == PeriodKind.MemberAnniversary && member.CycleStart is null)
            {
                continue;
            }

            var period = report.For(facts, year);
            var attendance = more && attendanceByMember.Current.MemberId == member.MemberId
                ? attendanceByMember.Current.Facts.Where(f => period.Contains(f.LocalDate)).ToList()
                : [];
            var statement = CreditEngine.Compute(report.Rules, facts, period, attendance);
            var activityOf = attendance.ToDictionary(f => f.MeetingId);
            foreach (var activity in statement.Lines
                .GroupBy(l => activityOf[l.MeetingId].ActivityKey)
                .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = activityOf[activity.First().MeetingId];
                var credits = activity.GroupBy(l => l.Category).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount));
                if (first.CollegeActivityNumber is null || credits.Values.Sum() == 0)
                {
                    continue;
                }

                var attended = activity.Select(l => activityOf[l.MeetingId])
                    .DistinctBy(f => f.MeetingId)
                    .Where(f => f.MinutesAttended > 0)
                    .ToList();
                yield return new CollegeReportRow(
                    member.MemberNumber,
                    member.FullName,
                    first.CollegeActivityNumber,
                    first.ActivityTitle,
                    attended.Min(f => f.LocalDate),
                    attended.Max(f => f.LocalDate),
                    attended.Count,
                    attended.Sum(f => f.MinutesAttended),
                    credits,
                    report.Rules.Code);
            }
        }
    }
}
