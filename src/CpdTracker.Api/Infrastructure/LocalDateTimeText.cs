using System.Globalization;

namespace CpdTracker.Api.Infrastructure;

/// <summary>Wall-clock times as the API takes them: "2026-03-04T19:00", with no offset, because the zone
/// decides it.</summary>
public static class LocalDateTimeText
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static bool TryParse(string? text, out DateTime local) =>
        DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static string Format(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public const string Message = "must be a local date and time like 2026-03-04T19:00, without an offset";
}
