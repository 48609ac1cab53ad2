namespace CpdTracker.Api.Data.Seed;

/// <summary>Who attended a meeting and how, for the demo and the synthetic society alike: about 80 % present, some
/// late, some leaving early, apologies and a few absences (leaders miss less), and one participant presenting a case
/// where rule sets credit it.</summary>
public sealed class AttendanceGenerator(Random random)
{
    private static readonly ActivityKind[] CasePresented = [ActivityKind.GroupMeeting, ActivityKind.WorkshopGroup];

    public static List<(int MemberId, AttendanceRole Role)> Attendees(Group group) =>
        group.Leaders.Select(l => (l.MemberId, l.AttendanceRole))
            .Concat(group.Enrolments.Select(e => (e.MemberId, AttendanceRole.Participant)))
            .ToList();

    public static List<(int MemberId, AttendanceRole Role)> Attendees(Workshop workshop) =>
        workshop.Participants.Select(p => (p.MemberId, AttendanceRole.Participant)).ToList();

    public void Fill(Meeting meeting, IReadOnlyList<(int MemberId, AttendanceRole Role)> attendees)
    {
        var presenter = random.Next(attendees.Count);
        for (var i = 0; i < attendees.Count; i++)
        {
            var (memberId, role) = attendees[i];
            var (status, minutes) = Attendance(meeting.DurationMinutes, role != AttendanceRole.Participant);
            var presented = i == presenter
                && status == AttendanceStatus.Present
                && role == AttendanceRole.Participant
                && CasePresented.Contains(meeting.Kind);
            meeting.Attendances.Add(new Attendance
            {
                MemberId = memberId,
                Status = status,
                MinutesAttended = minutes,
                Role = presented ? AttendanceRole.Presenter : role,
            });
        }
    }

    /// <summary>Locks the register two hours after the meeting ended, as a leader finishing it that evening
    /// would.</summary>
    public static void Lock(Meeting meeting)
    {
        meeting.Status = MeetingStatus.Locked;
        meeting.LockedAtUtc = meeting.EndsAtUtc.AddHours(2);
    }

    private (AttendanceStatus, int) Attendance(int duration, bool leads) =>
        (leads ? random.Next(90) : random.Next(100)) switch
        {
            < 80 => (AttendanceStatus.Present, duration),
            < 87 => (AttendanceStatus.Late, duration - 5 * random.Next(2, 9)),
            < 90 => (AttendanceStatus.LeftEarly, duration - 5 * random.Next(3, 12)),
            < 98 => (AttendanceStatus.Apology, 0),
            _ => (AttendanceStatus.Absent, 0),
        };
}
