using CpdTracker.Domain;
using CpdTracker.Domain.Time;

namespace CpdTracker.Domain.Tests.Time;

public sealed class LocalStartTests
{
    private static LocalStart Resolve(string zone, int y, int mo, int d, int h, int mi) =>
        LocalStart.Resolve(new DateTime(y, mo, d, h, mi, 0), ZoneLookup.Find(zone));

    [Theory]
    [InlineData("Australia/Melbourne", 2026, 10, 4, 2, 30)]
    [InlineData("Pacific/Auckland", 2026, 9, 27, 2, 15)]
    public void ALocalTimeInsideTheSpringForwardGapIsRefusedNamingTheField(string zone, int y, int mo, int d, int h,
        int mi)
    {
        var error = Assert.Throws<DomainException>(() => Resolve(zone, y, mo, d, h, mi));

        Assert.Equal("startsAtLocal", error.Field);
        Assert.Contains("does not exist", error.Message);
    }

    [Theory]
    [InlineData("Australia/Melbourne", 2026, 4, 5, 2, 30, "2026-04-04T15:30:00Z", 11)]
    [InlineData("Pacific/Auckland", 2026, 4, 5, 2, 30, "2026-04-04T13:30:00Z", 13)]
    public void AnAmbiguousLocalTimeTakesItsFirstOccurrenceWithTheDaylightOffset(
        string zone, int y, int mo, int d, int h, int mi, string expectedUtc, int offsetHours)
    {
        var start = Resolve(zone, y, mo, d, h, mi);

        Assert.True(start.WasAmbiguous);
        Assert.Equal(TimeSpan.FromHours(offsetHours), start.Offset);
        Assert.Equal(DateTime.Parse(expectedUtc).ToUniversalTime(), start.Utc);
    }

    [Theory]
    [InlineData("Australia/Perth", 1, 15, 8)]
    [InlineData("Australia/Perth", 7, 15, 8)]
    [InlineData("Australia/Brisbane", 1, 15, 10)]
    [InlineData("Australia/Brisbane", 7, 15, 10)]
    [InlineData("Australia/Melbourne", 1, 15, 11)]
    [InlineData("Australia/Melbourne", 7, 15, 10)]
    [InlineData("Pacific/Auckland", 1, 15, 13)]
    [InlineData("Pacific/Auckland", 7, 15, 12)]
    public void OffsetsFollowEachZonesDaylightSavingOrItsAbsence(string zone, int month, int day, int offsetHours)
    {
        var start = Resolve(zone, 2026, month, day, 19, 0);

        Assert.False(start.WasAmbiguous);
        Assert.Equal(TimeSpan.FromHours(offsetHours), start.Offset);
        Assert.Equal(new DateTime(2026, month, day, 19, 0, 0) - TimeSpan.FromHours(offsetHours), start.Utc);
    }

    [Fact]
    public void AnAucklandMeetingJustAfterMidnightOnNewYearsDayKeepsItsLocalDateThoughUtcIsTheYearBefore()
    {
        var start = Resolve("Pacific/Auckland", 2026, 1, 1, 0, 30);

        Assert.Equal(new DateOnly(2026, 1, 1), start.LocalDate);
        Assert.Equal(new DateTime(2025, 12, 31, 11, 30, 0, DateTimeKind.Utc), start.Utc);
        Assert.Equal(DateTimeKind.Utc, start.Utc.Kind);
    }

    [Theory]
    [InlineData("AUS Eastern Standard Time")]
    [InlineData("AEST")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public void OnlyIanaZonesAreFound(string id)
    {
        Assert.False(ZoneLookup.TryFind(id, out _));
        Assert.Throws<DomainException>(() => ZoneLookup.Find(id));
    }
}

public sealed class ZoneAbbreviationTests
{
    [Theory]
    [InlineData("Australia/Melbourne", "2026-01-15T08:00:00Z", "AEDT")]
    [InlineData("Australia/Melbourne", "2026-07-15T09:00:00Z", "AEST")]
    [InlineData("Australia/Brisbane", "2026-01-15T09:00:00Z", "AEST")]
    [InlineData("Australia/Perth", "2026-01-15T11:00:00Z", "AWST")]
    [InlineData("Australia/Adelaide", "2026-01-15T08:30:00Z", "ACDT")]
    [InlineData("Pacific/Auckland", "2025-12-31T11:30:00Z", "NZDT")]
    [InlineData("Pacific/Auckland", "2026-07-01T07:00:00Z", "NZST")]
    [InlineData("Asia/Kolkata", "2026-07-01T07:00:00Z", "UTC+05:30")]
    public void CertificatesNameTheZoneAsLocalReadersDo(string zone, string utc, string expected) =>
        Assert.Equal(expected, ZoneAbbreviations.For(zone, DateTime.Parse(utc).ToUniversalTime()));
}
