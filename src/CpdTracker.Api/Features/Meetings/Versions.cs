namespace CpdTracker.Api.Features.Meetings;

/// <summary>Reads an If-Match header as the register version the caller last saw; without one, the version just read
/// is expected.</summary>
public static class Versions
{
    public static bool TryRead(string? ifMatch, Guid current, out Guid expected)
    {
        expected = current;
        return ifMatch is null || Guid.TryParse(ifMatch.Trim().Trim('"'), out expected);
    }
}
