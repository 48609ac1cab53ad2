using CpdTracker.Domain.Meetings;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Reports.Documents;

// How documents print values: invariant, whatever the server's culture.
internal static class DocumentFormat
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", _invariant);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", _invariant);

    public static string Time(TimeOnly time, string zone) =>
        $"{time.ToString("h:mm tt", _invariant).ToLowerInvariant()} {zone}";

    public static string Period(CpdPeriod period) => $"{Date(period.Start)} – {Date(period.End)}";

    public static string ShortPeriod(CpdPeriod period) => $"{ShortDate(period.Start)} – {ShortDate(period.End)}";

    // "1.5", "40", "0.25": no trailing zeros, no thousands separators.
    public static string Amount(decimal amount) => amount.ToString("0.############################", _invariant);

    public static string Credit(decimal amount, string unit) =>
        $"{Amount(amount)} {(amount == 1 && unit.EndsWith('s') ? unit[..^1] : unit)}";

    public static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";

    public static string Kind(ActivityKind kind) => kind switch
    {
        ActivityKind.GroupMeeting => "Balint group meeting",
        ActivityKind.WorkshopGroup => "Workshop small group",
        ActivityKind.WorkshopPlenary => "Workshop plenary",
        ActivityKind.LeadershipTraining => "Leadership training",
        _ => kind.ToString(),
    };

    public static string Role(AttendanceRole role) => role switch
    {
        AttendanceRole.Participant => "Participant",
        AttendanceRole.Presenter => "Presenter",
        AttendanceRole.Leader => "Leader",
        AttendanceRole.CoLeader => "Co-leader",
        _ => role.ToString(),
    };

    public static string Status(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Apology => "Apology",
        AttendanceStatus.Absent => "Absent",
        AttendanceStatus.LeftEarly => "Left early",
        _ => status.ToString(),
    };

    public static string Mode(MeetingMode mode) => mode == MeetingMode.InPerson ? "In person" : "Online";

    public static string Memberships(IEnumerable<CollegeMembership> memberships) =>
        string.Join("  ·  ", memberships.Select(m => $"{m.College} {m.MemberNumber}"));

    public static string ActivityNumbers(IEnumerable<CollegeActivityNumber> numbers) =>
        string.Join("  ·  ", numbers.Select(n => $"{n.College} {n.ActivityNumber}"));
}
