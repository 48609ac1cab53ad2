using System.Globalization;
using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Components;

/// <summary>How pages print dates, times and amounts: Australian and New Zealand style, times in the zone they happened
/// in.</summary>
public static class Display
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-AU");

    /// <summary>"25 November 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"Wednesday 25 November 2026, 7:00 pm AEDT": the wall-clock time in the zone, with the zone's
    /// abbreviation on that day.</summary>
    public static string DateTime(DateTime utc, string zone)
    {
        var local = LocalStart.ToLocal(utc, ZoneLookup.Find(zone));
        return $"{local.ToString("dddd d MMMM yyyy, h:mm", Culture)} {(local.Hour < 12 ? "am" : "pm")} "
            + ZoneAbbreviations.For(zone, utc);
    }

    /// <summary>"Wednesday 25 November 2026": the day in the zone.</summary>
    public static string Day(DateTime utc, string zone) =>
        LocalStart.ToLocal(utc, ZoneLookup.Find(zone)).ToString("dddd d MMMM yyyy", Culture);

    /// <summary>"7:00 pm AEDT".</summary>
    public static string Time(DateTime utc, string zone)
    {
        var local = LocalStart.ToLocal(utc, ZoneLookup.Find(zone));
        return $"{local.ToString("h:mm", Culture)} {(local.Hour < 12 ? "am" : "pm")} "
            + ZoneAbbreviations.For(zone, utc);
    }

    /// <summary>"Melbourne time" for Australia/Melbourne: how a person names the clock a group keeps.</summary>
    public static string ZoneName(string zone) => $"{zone[(zone.LastIndexOf('/') + 1)..].Replace('_', ' ')} time";

    public static string Period(DateOnly start, DateOnly end) => $"{Date(start)} to {Date(end)}";

    /// <summary>"1.5 hours", "1 hour", "40 points".</summary>
    public static string Amount(decimal amount, string unit)
    {
        var number = amount.ToString("0.##", CultureInfo.InvariantCulture);
        var plural = unit.ToLowerInvariant();
        return $"{number} {(amount == 1 && plural.EndsWith('s') ? plural[..^1] : plural)}";
    }
}
