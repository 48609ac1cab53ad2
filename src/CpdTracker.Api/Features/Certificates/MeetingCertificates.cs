using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Time;
using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Certificates that follow a locked register: one per credited attendee of a group meeting, and a workshop's
/// certificates once every one of its sessions is locked.</summary>
public sealed class MeetingCertificates(CpdDbContext db, RuleSetStore store, StatementService statements, DocumentStore documents, TimeProvider clock)
{
    public async Task<int> IssueAsync(int meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Attendances).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is not { Status: MeetingStatus.Locked })
        {
            return 0;
        }

        return meeting.GroupId is { } groupId ? await ForGroupMeetingAsync(meeting, groupId, ct) : await ForWorkshopAsync(meeting.WorkshopId!.Value, ct);
    }

    private async Task<int> ForGroupMeetingAsync(Meeting meeting, int groupId, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().Include(g => g.Leaders).FirstAsync(g => g.Id == groupId, ct);
        var ruleSets = await store.LatestAsync(ct);
        var members = await MemberDetailsQuery.LoadAsync(db, meeting.Attendances.Select(a => a.MemberId).Concat(group.Leaders.Select(l => l.MemberId)), ct);
        var leader = group.Leaders.Where(l => l.Role == LeaderRole.Leader).Select(l => members[l.MemberId].FullName).FirstOrDefault() ?? "";
        var coLeader = group.Leaders.Where(l => l.Role == LeaderRole.CoLeader).Select(l => members[l.MemberId].FullName).FirstOrDefault();
        var local = LocalStart.ToLocal(meeting.StartsAtUtc, ZoneLookup.Find(meeting.TimeZone));
        var activity = new ActivityDetails(group.Name, meeting.Kind, leader, coLeader, meeting.LocalDate, TimeOnly.FromDateTime(local),
            ZoneAbbreviations.For(meeting.TimeZone, meeting.StartsAtUtc), meeting.Mode, meeting.DurationMinutes,
            meeting.Mode == MeetingMode.Online ? null : group.City);
        var numbers = group.Accreditations.Select(a => new CollegeActivityNumber(a.College, a.ActivityId)).ToList();
        var issued = 0;
        foreach (var attendance in meeting.Attendances.Where(a => a.MinutesAttended > 0).OrderBy(a => a.MemberId))
        {
            var fact = new AttendanceFact(meeting.Id, meeting.LocalDate, meeting.Title, meeting.Kind, attendance.Role, attendance.Status,
                attendance.MinutesAttended, meeting.DurationMinutes, $"group:{groupId}", group.Name, null);
            var credits = CreditLines.For(ruleSets, await statements.MembershipsAsync(attendance.MemberId, ct), [fact]);
            if (credits.Count == 0)
            {
                continue;
            }

            var issueDate = IssueDate(meeting.TimeZone);
            var content = new { holder = members[attendance.MemberId].FullName, activity, attendance.MinutesAttended, attendance.Role, credits, numbers };
            var document = await documents.IssueAsync(DocumentKind.AttendanceCertificate, attendance.MemberId, $"meeting:{meeting.Id}",
                $"{AttendanceCertificateDocument.Title}: {group.Name}, {meeting.LocalDate:d MMMM yyyy}", content, issueDate,
                reference => new AttendanceCertificateDocument(new AttendanceCertificate(SocietyDetails.Sample, members[attendance.MemberId], activity,
                    attendance.Role, attendance.MinutesAttended, credits, numbers, reference, issueDate)).Render(), ct);
            issued += document is null ? 0 : 1;
        }

        return issued;
    }

    private async Task<int> ForWorkshopAsync(int workshopId, CancellationToken ct)
    {
        var sessions = await db.Meetings.AsNoTracking().Include(m => m.Attendances).Where(m => m.WorkshopId == workshopId).OrderBy(m => m.StartsAtUtc).ToListAsync(ct);
        if (sessions.Any(s => s.Status != MeetingStatus.Locked))
        {
            return 0;
        }

        var workshop = await db.Workshops.AsNoTracking().FirstAsync(w => w.Id == workshopId, ct);
        var ruleSets = await store.LatestAsync(ct);
        var attended = sessions.SelectMany(s => s.Attendances.Where(a => a.MinutesAttended > 0).Select(a => (Session: s, Attendance: a))).ToList();
        var members = await MemberDetailsQuery.LoadAsync(db, attended.Select(x => x.Attendance.MemberId), ct);
        var numbers = workshop.Accreditations.Select(a => new CollegeActivityNumber(a.College, a.ActivityId)).ToList();
        var details = new WorkshopDetails(workshop.Title, sessions[0].Mode, workshop.Venue, null);
        var issued = 0;
        foreach (var member in attended.GroupBy(x => x.Attendance.MemberId).OrderBy(g => g.Key))
        {
            var facts = member.Select(x => new AttendanceFact(x.Session.Id, x.Session.LocalDate, x.Session.Title, x.Session.Kind, x.Attendance.Role,
                x.Attendance.Status, x.Attendance.MinutesAttended, x.Session.DurationMinutes, $"workshop:{workshopId}", workshop.Title, null)).ToList();
            var credits = CreditLines.For(ruleSets, await statements.MembershipsAsync(member.Key, ct), facts);
            if (credits.Count == 0)
            {
                continue;
            }

            var attendedSessions = member.Select(x => new WorkshopSession(x.Session.LocalDate,
                TimeOnly.FromDateTime(LocalStart.ToLocal(x.Session.StartsAtUtc, ZoneLookup.Find(x.Session.TimeZone))),
                ZoneAbbreviations.For(x.Session.TimeZone, x.Session.StartsAtUtc), x.Session.Kind, x.Session.Title, x.Attendance.MinutesAttended, x.Attendance.Role)).ToList();
            var issueDate = IssueDate(workshop.TimeZone);
            var content = new { holder = members[member.Key].FullName, workshop = details, sessions = attendedSessions, credits, numbers };
            var document = await documents.IssueAsync(DocumentKind.WorkshopCertificate, member.Key, $"workshop:{workshopId}",
                $"Workshop certificate: {workshop.Title}", content, issueDate,
                reference => new WorkshopCertificateDocument(new WorkshopCertificate(SocietyDetails.Sample, members[member.Key], details,
                    attendedSessions, credits, numbers, reference, issueDate)).Render(), ct);
            issued += document is null ? 0 : 1;
        }

        return issued;
    }

    private DateOnly IssueDate(string zone) => DateOnly.FromDateTime(LocalStart.ToLocal(clock.GetUtcNow().UtcDateTime, ZoneLookup.Find(zone)));
}
