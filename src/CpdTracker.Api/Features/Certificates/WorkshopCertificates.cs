using CpdTracker.Api.Features.Society;
using CpdTracker.Domain.Time;
using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>A workshop's certificates follow once every session that was not cancelled is locked: one per participant
/// who attended any of them, with the credit their statements give those sessions; anyone who no longer attended any
/// loses theirs.</summary>
public sealed class WorkshopCertificates(
    CpdDbContext db,
    ActivityCredits credits,
    DocumentStore documents,
    SocietyClock clock,
    IssuingSociety society)
{
    public async Task<int> IssueAsync(int workshopId, CancellationToken ct)
    {
        var sessions = await db.Meetings.AsNoTracking().Include(m => m.Attendances)
            .Where(m => m.WorkshopId == workshopId && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.StartsAtUtc)
            .ToListAsync(ct);
        if (sessions.Any(s => s.Status != MeetingStatus.Locked))
        {
            return 0;
        }

        var workshop = await db.Workshops.AsNoTracking().FirstAsync(w => w.Id == workshopId, ct);
        var subject = DocumentSubjects.Workshop(workshopId);
        var attended = sessions
            .SelectMany(s => s.Attendances.Where(a => a.MinutesAttended > 0).Select(a => (Session: s, Attendance: a)))
            .GroupBy(x => x.Attendance.MemberId)
            .OrderBy(g => g.Key)
            .ToList();
        var members = await MemberDetailsQuery.LoadAsync(db, attended.Select(g => g.Key), ct);
        var numbers = workshop.Accreditations.Select(a => new CollegeActivityNumber(a.College, a.ActivityId)).ToList();
        var details = new WorkshopDetails(
            workshop.Title, sessions.Count > 0 ? sessions[0].Mode : MeetingMode.InPerson, workshop.Venue, null);
        var issueDate = clock.TodayIn(workshop.TimeZone);
        var notice = new DocumentNotice(
            sessions.Count > 0 ? sessions.Max(s => s.LocalDate) : issueDate, sessions.Select(s => s.Id).ToList());
        var issued = 0;
        foreach (var member in attended)
        {
            var earned = await credits.ForAsync(
                member.Key, member.Select(x => (x.Session.Id, x.Session.LocalDate)).ToList(), ct);
            var attendedSessions = member.Select(x => new WorkshopSession(
                    x.Session.LocalDate,
                    TimeOnly.FromDateTime(
                        LocalStart.ToLocal(x.Session.StartsAtUtc, ZoneLookup.Find(x.Session.TimeZone))),
                    ZoneAbbreviations.For(x.Session.TimeZone, x.Session.StartsAtUtc),
                    x.Session.Kind,
                    x.Session.Title,
                    x.Attendance.MinutesAttended,
                    x.Attendance.Role))
                .ToList();
            var holder = members[member.Key];
            var data = new WorkshopCertificateData(
                holder.FullName, workshopId, details, attendedSessions, earned.Credits, numbers);
            var document = await documents.IssueAsync(
                DocumentKind.WorkshopCertificate,
                member.Key,
                subject,
                $"Workshop certificate: {workshop.Title}",
                data,
                issueDate,
                reference => new WorkshopCertificateDocument(new WorkshopCertificate(
                    society.Details,
                    holder,
                    details,
                    attendedSessions,
                    earned.Credits,
                    numbers,
                    reference,
                    issueDate)).Render(),
                notice,
                ct);
            issued += document is null ? 0 : 1;
        }

        await documents.WithdrawAsync(DocumentKind.WorkshopCertificate, subject, attended.Select(g => g.Key).ToList(),
            sessions.Count == 0 ? MeetingCertificates.MeetingCancelled : MeetingCertificates.NoLongerRecorded, ct);
        return issued;
    }
}
