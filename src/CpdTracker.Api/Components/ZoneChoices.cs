namespace CpdTracker.Api.Components;

/// <summary>The time zones a form offers: the society's own (Australia and New Zealand, west to east) first, then
/// the rest.</summary>
public static class ZoneChoices
{
    public static readonly IReadOnlyList<string> Home =
    [
        "Australia/Perth", "Australia/Eucla", "Australia/Darwin", "Australia/Adelaide", "Australia/Broken_Hill",
        "Australia/Brisbane", "Australia/Lindeman", "Australia/Sydney", "Australia/Melbourne", "Australia/Hobart",
        "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham",
    ];

    public static readonly IReadOnlyList<string> Elsewhere = TimeZoneInfo.GetSystemTimeZones()
        .Where(z => z.HasIanaId && z.Id.Contains('/') && !z.Id.StartsWith("Etc/", StringComparison.Ordinal))
        .Where(z => !Home.Contains(z.Id))
        .Select(z => z.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>"Melbourne time (Australia/Melbourne)".</summary>
    public static string Label(string zone) => $"{Display.ZoneName(zone)} ({zone})";
}
