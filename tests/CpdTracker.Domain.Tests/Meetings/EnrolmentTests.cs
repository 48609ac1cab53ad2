using CpdTracker.Domain.Groups;

namespace CpdTracker.Domain.Tests.Meetings;

public sealed class EnrolmentTests
{
    [Fact]
    public void AnEnrolmentWithDatesCoversThoseDaysInclusiveAndNoOthers()
    {
        var enrolment = new Enrolment
        {
            MemberId = 1, JoinedOn = new DateOnly(2026, 2, 1), LeftOn = new DateOnly(2026, 6, 30),
        };

        Assert.False(enrolment.IsEnrolledOn(new DateOnly(2026, 1, 31)));
        Assert.True(enrolment.IsEnrolledOn(new DateOnly(2026, 2, 1)));
        Assert.True(enrolment.IsEnrolledOn(new DateOnly(2026, 6, 30)));
        Assert.False(enrolment.IsEnrolledOn(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void LeadersMayAttendTheirGroupWithoutAnEnrolment()
    {
        var group = new Group { Name = "g", City = "Perth", TimeZone = "Australia/Perth" };
        group.Leaders.Add(new GroupLeader { MemberId = 7, Role = LeaderRole.Leader });
        group.Enrolments.Add(new Enrolment { MemberId = 8, LeftOn = new DateOnly(2025, 12, 31) });

        Assert.True(group.MayAttend(7, new DateOnly(2026, 3, 1)));
        Assert.False(group.MayAttend(8, new DateOnly(2026, 3, 1)));
        Assert.True(group.MayAttend(8, new DateOnly(2025, 3, 1)));
        Assert.False(group.MayAttend(9, new DateOnly(2026, 3, 1)));
    }
}
