using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Components;

/// <summary>One daylight-saving change of a zone: the wall clock jumps from <see cref="From"/> to <see cref="To"/> on
/// that day.</summary>
public sealed record ClockChange(DateTime Utc, DateTime From, DateTime To, string Before, string After)
{
    public bool Forward => To > From;

    /// <summary>"On Sunday 4 October 2026 clocks go forward from 2:00 am to 3:00 am (AEST to AEDT): 2:00 to 2:59 am
    /// does not exist that day."</summary>
    public string Explain()
    {
        static string T(DateTime t) => $"{t.ToString("h:mm", Display.Culture)} {(t.Hour < 12 ? "am" : "pm")}";
        var (early, late) = Forward ? (From, To) : (To, From);
        var day = From.ToString("dddd d MMMM yyyy", Display.Culture);
        var range = $"{T(early)} to {T(late.AddMinutes(-1))}";
        return Forward
            ? $"On {day} clocks go forward from {T(From)} to {T(To)} ({Before} to {After}): "
                + $"{range} does not exist that day."
            : $"On {day} clocks go back from {T(From)} to {T(To)} ({Before} to {After}): "
                + $"{range} happens twice that day, and a time then means the first ({Before}).";
    }

    /// <summary>The next changes within a year of <paramref name="fromUtc"/>, found to the minute; none for a zone
    /// without daylight saving.</summary>
    public static IReadOnlyList<ClockChange> Next(string zoneId, DateTime fromUtc, int count = 2)
    {
        var zone = ZoneLookup.Find(zoneId);
        var changes = new List<ClockChange>();
        var start = DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc);
        for (var day = 0; day < 400 && changes.Count < count; day++)
        {
            var (a, b) = (start.AddDays(day), start.AddDays(day + 1));
            if (zone.GetUtcOffset(a) == zone.GetUtcOffset(b))
            {
                continue;
            }

            while (b - a > TimeSpan.FromMinutes(1))
            {
                var middle = a + ((b - a) / 2);
                (a, b) = zone.GetUtcOffset(middle) == zone.GetUtcOffset(a) ? (middle, b) : (a, middle);
            }

            var instant = new DateTime(b.Ticks - (b.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
            changes.Add(new ClockChange(
                instant,
                instant + zone.GetUtcOffset(instant.AddMinutes(-1)),
                instant + zone.GetUtcOffset(instant),
                ZoneAbbreviations.For(zoneId, instant.AddMinutes(-1)), ZoneAbbreviations.For(zoneId, instant)));
        }

        return changes;
    }
}
