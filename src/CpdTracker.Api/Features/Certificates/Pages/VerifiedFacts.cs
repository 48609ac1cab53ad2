using System.Globalization;
using CpdTracker.Api.Components;

namespace CpdTracker.Api.Features.Certificates.Pages;

/// <summary>What a verification shows a person, read from the data frozen into the document at issue.</summary>
public sealed record VerifiedFacts(string? When, string? Attended, IReadOnlyList<string> Credit)
{
    public static VerifiedFacts From(VerifiedContent shows)
    {
        var credit = shows.Credits
            .Select(c => $"{c.College}: {Display.Amount(c.Amount, c.Unit)}, {c.CategoryName} ({c.CategoryCode})")
            .ToList();
        if (shows.Totals is { } totals)
        {
            credit.Add($"{shows.College}: " + string.Join(
                ", ", totals.Select(t => $"{t.Key} {t.Value.ToString("0.##", CultureInfo.InvariantCulture)}")));
        }

        return shows switch
        {
            { Activity: { } a } => new VerifiedFacts(
                $"{Display.Date(a.LocalDate)}, " +
                $"{a.LocalStartTime.ToString("h:mm tt", CultureInfo.InvariantCulture).ToLowerInvariant()} " +
                $"{a.TimeZoneAbbreviation}",
                shows.MinutesAttended is { } minutes ? $"{minutes} of {a.DurationMinutes} minutes" : null,
                credit),
            { PeriodStart: { } start, PeriodEnd: { } end } =>
                new VerifiedFacts(Display.Period(start, end), null, credit),
            _ => new VerifiedFacts(null, null, credit),
        };
    }
}
