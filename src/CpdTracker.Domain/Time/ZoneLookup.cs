namespace CpdTracker.Domain.Time;

/// <summary>Finds IANA time zones only: Windows names and abbreviations are refused so stored
/// zones stay portable.</summary>
public static class ZoneLookup
{
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)
            || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone)
            ? zone
            : throw new DomainException("timeZone",
                $"'{id}' is not an IANA time zone (for example Australia/Melbourne).");
}
