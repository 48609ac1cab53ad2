namespace CpdTracker.Domain.Time;

/// <summary>A local wall-clock start resolved in its zone: the UTC instant and the offset that was used.</summary>
public sealed record LocalStart(DateTime Local, DateTime Utc, TimeSpan Offset, bool WasAmbiguous)
{
    public DateOnly LocalDate => DateOnly.FromDateTime(Local);

    /// <summary>Resolves a wall-clock time; a time inside a daylight-saving gap does not exist and is refused,
    /// an ambiguous one (clocks going back) takes its first occurrence, which has the larger offset.</summary>
    public static LocalStart Resolve(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            throw new DomainException("startsAtLocal",
                $"{local:yyyy-MM-dd HH:mm} does not exist in {zone.Id}: " +
                "the clocks skip that hour for daylight saving.");
        }

        var ambiguous = zone.IsAmbiguousTime(local);
        var offset = ambiguous ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new LocalStart(local, DateTime.SpecifyKind(local - offset, DateTimeKind.Utc), offset, ambiguous);
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
