using System.Globalization;
using System.Text.Json;
using CpdTracker.Api.Components;

namespace CpdTracker.Api.Features.Certificates.Pages;

/// <summary>What a verification shows a person, read from the data frozen into the document at issue.</summary>
public sealed record VerifiedFacts(string? When, string? Attended, IReadOnlyList<string> Credit)
{
    public static VerifiedFacts From(JsonElement shows)
    {
        var credit = new List<string>();
        if (shows.TryGetProperty("credits", out var credits) && credits.ValueKind == JsonValueKind.Array)
        {
            credit.AddRange(credits.EnumerateArray().Select(c =>
                $"{Text(c, "college")}: {Display.Amount(c.GetProperty("amount").GetDecimal(), Text(c, "unit"))}, {Text(c, "categoryName")} ({Text(c, "categoryCode")})"));
        }
        else if (shows.TryGetProperty("totals", out var totals) && totals.ValueKind == JsonValueKind.Object)
        {
            credit.Add($"{Text(shows, "college")}: " + string.Join(", ", totals.EnumerateObject().Select(t =>
                $"{t.Name} {t.Value.GetDecimal().ToString("0.##", CultureInfo.InvariantCulture)}")));
        }

        string? when = null, attended = null;
        if (shows.TryGetProperty("activity", out var activity))
        {
            var date = DateOnly.Parse(Text(activity, "localDate"), CultureInfo.InvariantCulture);
            var time = TimeOnly.Parse(Text(activity, "localStartTime"), CultureInfo.InvariantCulture);
            when = $"{Display.Date(date)}, {time.ToString("h:mm tt", CultureInfo.InvariantCulture).ToLowerInvariant()} {Text(activity, "timeZoneAbbreviation")}";
            attended = shows.TryGetProperty("minutesAttended", out var minutes) ? $"{minutes.GetInt32()} of {activity.GetProperty("durationMinutes").GetInt32()} minutes" : null;
        }
        else if (shows.TryGetProperty("periodStart", out var start) && shows.TryGetProperty("periodEnd", out var end))
        {
            when = Display.Period(DateOnly.Parse(start.GetString()!, CultureInfo.InvariantCulture), DateOnly.Parse(end.GetString()!, CultureInfo.InvariantCulture));
        }

        return new VerifiedFacts(when, attended, credit);
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ToString() : "";
}
