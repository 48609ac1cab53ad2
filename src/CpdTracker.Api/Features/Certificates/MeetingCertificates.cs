using CpdTracker.Api.Features.Society;
using CpdTracker.Domain.Time;
using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Makes a meeting's certificates match its register: every attendee of a locked group meeting holds one (with
/// the credit their statements give it, or none), anyone the register no longer records loses theirs (withdrawn), and a
/// cancelled meeting leaves none. A workshop session hands over to <see cref="WorkshopCertificates"/>. Safe to run any
/// number of times.</summary>
public sealed class MeetingCertificates(
    CpdDbContext db,
    ActivityCredits credits,
    DocumentStore documents,
    StaleCertificates stale,
    WorkshopCertificates workshops,
    SocietyClock clock,
    IssuingSociety society)
{
    public const string NoLongerRecorded = "A corrected register no longer records this attendance.";
    public const string MeetingCancelled = "The meeting was cancelled.";

    /// <summary>Brings the meeting's certificates in line, then those of any meeting whose credit this one's statements
    /// changed.</summary>
    public async Task<int> IssueAsync(int meetingId, CancellationToken ct)
    {
        var due = new Queue<int>([meetingId]);
        var done = new HashSet<int>();
        var issued = 0;
        while (due.TryDequeue(out var next))
        {
            issued += done.Add(next) ? await IssueOneAsync(next, due, ct) : 0;
        }

        return issued;
    }

    private async Task<int> IssueOneAsync(int meetingId, Queue<int> due, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking()
            .Include(m => m.Attendances)
            .FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return 0;
        }

        var issued = meeting.GroupId is { } groupId
            ? await ForGroupMeetingAsync(meeting, groupId, due, ct)
            : await workshops.IssueAsync(meeting.WorkshopId!.Value, ct);

        // Done, unless the register changed while this ran: then it is still due, and the change's own job (or the
        // reconciliation) follows.
        await db.Meetings.Where(m => m.Id == meetingId && m.Version == meeting.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CertificatesDue, false), ct);
        return issued;
    }

    private async Task<int> ForGroupMeetingAsync(Meeting meeting, int groupId, Queue<int> due, CancellationToken ct)
    {
        if (meeting.Status == MeetingStatus.Scheduled)
        {
            return 0; // Reopened for a correction: its certificates stand until it is locked again.
        }

        var subject = DocumentSubjects.Meeting(meeting.Id);
        var attended = meeting.Status == MeetingStatus.Locked
            ? meeting.Attendances.Where(a => a.MinutesAttended > 0).OrderBy(a => a.MemberId).ToList()
            : [];
        var issued = 0;
        if (attended.Count > 0)
        {
            var group = await db.Groups.AsNoTracking()
                .Include(g => g.Leaders)
                .FirstAsync(g => g.Id == groupId, ct);
            var members = await MemberDetailsQuery.LoadAsync(
                db, attended.Select(a => a.MemberId).Concat(group.Leaders.Select(l => l.MemberId)), ct);
            var activity = Activity(meeting, group, members);
            var numbers = group.Accreditations.Select(a => new CollegeActivityNumber(a.College, a.ActivityId)).ToList();
            var issueDate = clock.TodayIn(meeting.TimeZone);
            var leader = group.Leaders.Where(l => l.Role == LeaderRole.Leader).Select(l => l.MemberId).FirstOrDefault();
            var notice = new DocumentNotice(
                meeting.LocalDate,
                [meeting.Id],
                await db.Members.Where(m => m.Id == leader).Select(m => m.Email).FirstOrDefaultAsync(ct));
            foreach (var attendance in attended)
            {
                var earned = await credits.ForAsync(attendance.MemberId, [(meeting.Id, meeting.LocalDate)], ct);
                foreach (var changed in await stale.MarkAsync(attendance.MemberId, meeting.Id, earned.ByMeeting, ct))
                {
                    due.Enqueue(changed);
                }

                var member = members[attendance.MemberId];
                var data = new AttendanceCertificateData(
                    member.FullName,
                    meeting.Id,
                    activity,
                    attendance.MinutesAttended,
                    attendance.Role,
                    earned.Credits,
                    numbers);
                var document = await documents.IssueAsync(
                    DocumentKind.AttendanceCertificate,
                    attendance.MemberId,
                    subject,
                    $"{AttendanceCertificateDocument.Title}: {group.Name}, {meeting.LocalDate:d MMMM yyyy}",
                    data,
                    issueDate,
                    reference => new AttendanceCertificateDocument(new AttendanceCertificate(
                        society.Details,
                        member,
                        activity,
                        attendance.Role,
                        attendance.MinutesAttended,
                        earned.Credits,
                        numbers,
                        reference,
                        issueDate)).Render(),
                    notice,
                    ct);
                issued += document is null ? 0 : 1;
            }
        }

        var reason = meeting.Status == MeetingStatus.Cancelled ? MeetingCancelled : NoLongerRecorded;
        await documents.WithdrawAsync(
            DocumentKind.AttendanceCertificate, subject, attended.Select(a => a.MemberId).ToList(), reason, ct);
        return issued;
    }

    private static ActivityDetails Activity(Meeting meeting, Group group, Dictionary<int, MemberDetails> members)
    {
        string? Led(LeaderRole role) =>
            group.Leaders.Where(l => l.Role == role).Select(l => members[l.MemberId].FullName).FirstOrDefault();
        var local = LocalStart.ToLocal(meeting.StartsAtUtc, ZoneLookup.Find(meeting.TimeZone));
        return new ActivityDetails(
            group.Name,
            meeting.Kind,
            Led(LeaderRole.Leader) ?? "",
            Led(LeaderRole.CoLeader),
            meeting.LocalDate,
            TimeOnly.FromDateTime(local),
            ZoneAbbreviations.For(meeting.TimeZone, meeting.StartsAtUtc),
            meeting.Mode,
            meeting.DurationMinutes,
            meeting.Mode == MeetingMode.Online ? null : group.City);
    }
}
