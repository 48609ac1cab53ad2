using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Meetings;

namespace CpdTracker.Domain.Tests.Credit;

/// <summary>Shipped rule sets and attendance facts for tests.</summary>
internal static class Facts
{
    private static readonly IReadOnlyList<RuleSet> Shipped = ShippedRuleSets.Load();

    public static RuleSet Rules(string code) => Shipped.Single(r => r.Code == code);

    public static MembershipFacts Member(string college, DateOnly? cycleStart = null) =>
        new(college, "M-1", cycleStart);

    public static AttendanceFact Meeting(
        int id, DateOnly date, int minutes = 90, AttendanceStatus status = AttendanceStatus.Present,
        ActivityKind kind = ActivityKind.GroupMeeting, AttendanceRole role = AttendanceRole.Participant,
        string activity = "group:1", string? number = null) =>
        new(id, date, "Balint group", kind, role, status, minutes, 90, activity, "Melbourne Balint Group", number);

    public static CreditStatement Statement(string code, IEnumerable<AttendanceFact> facts, DateOnly? on = null,
        MembershipFacts? member = null)
    {
        var rules = Rules(code);
        var membership = member ?? Member(rules.College);
        var period = Periods.Containing(rules, membership, on ?? facts.First().LocalDate);
        return CreditEngine.Compute(rules, membership, period, facts);
    }
}
