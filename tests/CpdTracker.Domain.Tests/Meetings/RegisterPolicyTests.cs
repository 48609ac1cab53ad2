using CpdTracker.Domain.Meetings;

namespace CpdTracker.Domain.Tests.Meetings;

public sealed class RegisterPolicyTests
{
    private static IReadOnlyDictionary<string, string[]> Check(params RegisterEntry[] entries) =>
        RegisterPolicy.Check(90, entries, id => id < 100, id => id < 50);

    [Fact]
    public void AFullyValidRegisterHasNoProblems()
    {
        var errors = Check(
            new RegisterEntry(1, AttendanceStatus.Present, null, null),
            new RegisterEntry(2, AttendanceStatus.Late, 70, AttendanceRole.Presenter),
            new RegisterEntry(3, AttendanceStatus.LeftEarly, 20, null),
            new RegisterEntry(4, AttendanceStatus.Apology, null, null),
            new RegisterEntry(5, AttendanceStatus.Absent, null, null));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(AttendanceStatus.Late, null, "needs the minutes")]
    [InlineData(AttendanceStatus.LeftEarly, null, "needs the minutes")]
    [InlineData(AttendanceStatus.Late, 90, "fewer minutes")]
    [InlineData(AttendanceStatus.Present, 91, "more than the meeting's duration")]
    [InlineData(AttendanceStatus.Present, -5, "negative")]
    [InlineData(AttendanceStatus.Absent, 30, "takes no minutes")]
    [InlineData(AttendanceStatus.Apology, 0, "takes no minutes")]
    public void MinutesThatDoNotFitTheStatusAreRefused(AttendanceStatus status, int? minutes, string expected)
    {
        var errors = Check(new RegisterEntry(1, status, minutes, null));

        Assert.Contains(expected, Assert.Single(errors["entries[0].minutesAttended"]));
    }

    [Fact]
    public void UnknownDuplicateAndUnenrolledMembersAreEachNamedByTheirPosition()
    {
        var errors = Check(
            new RegisterEntry(1, AttendanceStatus.Present, null, null),
            new RegisterEntry(1, AttendanceStatus.Present, null, null),
            new RegisterEntry(500, AttendanceStatus.Present, null, null),
            new RegisterEntry(60, AttendanceStatus.Present, null, null));

        Assert.Contains("more than once", errors["entries[1].memberId"][0]);
        Assert.Contains("no member 500", errors["entries[2].memberId"][0]);
        Assert.Contains("not enrolled", errors["entries[3].memberId"][0]);
        Assert.False(errors.ContainsKey("entries[0].memberId"));
    }

    [Theory]
    [InlineData(AttendanceStatus.Present, null, 90)]
    [InlineData(AttendanceStatus.Present, 80, 80)]
    [InlineData(AttendanceStatus.Late, 70, 70)]
    [InlineData(AttendanceStatus.Absent, null, 0)]
    [InlineData(AttendanceStatus.Apology, null, 0)]
    public void CreditedMinutesFollowTheStatus(AttendanceStatus status, int? minutes, int expected) =>
        Assert.Equal(expected, RegisterPolicy.CreditedMinutes(new RegisterEntry(1, status, minutes, null), 90));
}
