namespace CpdTracker.Domain.Time;

/// <summary>The abbreviations Australians and New Zealanders read on a certificate; .NET gives none, so the
/// society's zones are listed.</summary>
public static class ZoneAbbreviations
{
    private static readonly Dictionary<string, (string Standard, string Daylight)> Known = new(StringComparer.Ordinal)
    {
        ["Australia/Sydney"] = ("AEST", "AEDT"), ["Australia/Melbourne"] = ("AEST", "AEDT"),
        ["Australia/Hobart"] = ("AEST", "AEDT"), ["Australia/Canberra"] = ("AEST", "AEDT"),
        ["Australia/Brisbane"] = ("AEST", "AEST"), ["Australia/Adelaide"] = ("ACST", "ACDT"),
        ["Australia/Darwin"] = ("ACST", "ACST"), ["Australia/Perth"] = ("AWST", "AWST"),
        ["Pacific/Auckland"] = ("NZST", "NZDT"),
        ["Pacific/Chatham"] = ("CHAST", "CHADT"), ["UTC"] = ("UTC", "UTC"), ["Etc/UTC"] = ("UTC", "UTC"),
    };

    public static string For(string zoneId, DateTime utc)
    {
        var zone = ZoneLookup.Find(zoneId);
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        if (Known.TryGetValue(zoneId, out var names))
        {
            return zone.IsDaylightSavingTime(instant) ? names.Daylight : names.Standard;
        }

        var offset = zone.GetUtcOffset(instant);
        return $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration():hh\\:mm}";
    }
}
