using System.Text.Json;
using ReportCredit = CpdTracker.Reports.Documents.Models.CreditLine;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>A lock can change what earlier meetings of the same period earn (a block award completed, a cap reached by
/// a register locked late). Their certificates are compared with the statement and, where they differ, their meetings
/// are marked due again, so the next run re-issues them and certificates and statement keep agreeing.</summary>
public sealed class StaleCertificates(CpdDbContext db)
{
    public async Task<IReadOnlyList<int>> MarkAsync(
        int memberId,
        int issuingMeetingId,
        IReadOnlyDictionary<int, Dictionary<string, List<ReportCredit>>> byMeeting,
        CancellationToken ct)
    {
        var subjects = byMeeting.Keys.Where(id => id != issuingMeetingId).ToDictionary(DocumentSubjects.Meeting);
        if (subjects.Count == 0)
        {
            return [];
        }

        var keys = subjects.Keys.ToList();
        var issued = await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.MemberId == memberId
                && d.Kind == DocumentKind.AttendanceCertificate
                && d.Status == DocumentStatus.Valid
                && keys.Contains(d.Subject))
            .Select(d => new { d.Subject, d.DataJson })
            .ToListAsync(ct);
        var stale = issued.Where(d => Differs(d.DataJson, byMeeting[subjects[d.Subject]]))
            .Select(d => subjects[d.Subject])
            .ToList();
        if (stale.Count > 0)
        {
            await db.Meetings.Where(m => stale.Contains(m.Id) && m.Status == MeetingStatus.Locked)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.CertificatesDue, true), ct);
        }

        return stale;
    }

    private static bool Differs(string dataJson, Dictionary<string, List<ReportCredit>> expected)
    {
        var shown = JsonSerializer.Deserialize<AttendanceCertificateData>(dataJson, DocumentStore.Json)?.Credits ?? [];
        return expected.Any(college => !shown.Where(c => c.College == college.Key)
            .OrderBy(c => c.CategoryCode, StringComparer.Ordinal)
            .SequenceEqual(college.Value));
    }
}
