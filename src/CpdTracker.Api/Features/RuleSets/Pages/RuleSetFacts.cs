using System.Globalization;
using CpdTracker.Api.Components;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.RuleSets.Pages;

/// <summary>One fact of a rule set in words, under its section: ("Rates", "Group meeting", "1 hour an hour →
/// RP").</summary>
public sealed record RuleSetFact(string Section, string Label, string Value);

/// <summary>A rule set as a person reads it, fact by fact; the same facts line up two versions side by side.</summary>
public static class RuleSetFacts
{
    public static readonly string[] Sections = ["General", "Categories", "Rates", "Caps", "Block award", "Requirements",
        "Notes and sources"];

    public static IReadOnlyList<RuleSetFact> Of(RuleSet r)
    {
        var unit = r.UnitName;
        var facts = new List<RuleSetFact>
        {
            new("General", "Name", r.Name),
            new("General", "In force", r.ValidTo is { } to ? $"{Display.Date(r.ValidFrom)} to {Display.Date(to)}"
                : $"From {Display.Date(r.ValidFrom)}"),
            new("General", "Counted in", unit),
            new("General", "Period", Period(r.Period)),
            new("General", "Rounding", "each line " + (r.Rounding.Mode == RoundingMode.Down ? "down" : "to the nearest")
                + $" to {Display.Amount(r.Rounding.Increment, unit)}"),
            new("General", "Shortest attendance", $"{r.MinimumMinutes} minutes"),
        };
        facts.AddRange(r.CategoryNames.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c =>
            new RuleSetFact("Categories", c.Key, c.Value)));
        facts.AddRange(r.Mappings.Select(m => new RuleSetFact("Rates", Words(m.Kind.ToString()) + (m.Role is { } role
            ? $" ({Words(role.ToString())})" : ""),
            $"{Display.Amount(m.RatePerHour, unit)} per hour attended → " + string.Join(" + ", m.Categories.Select(c =>
                c.Fraction == 1 ? c.Category : $"{Number(c.Fraction)} × {c.Category}")))));
        facts.AddRange(r.Caps.Select(c => new RuleSetFact("Caps", $"{c.Category} per activity",
            $"at most {Display.Amount(c.MaxPerActivity, unit)} a period")));
        if (r.BlockAward is { } b)
        {
            facts.Add(new("Block award", $"Every {Number(b.HoursPerBlock)} hours in one activity",
                $"{Display.Amount(b.Award, unit)} {b.Category}, instead of those hours' {b.ReplacesCategory}"));
        }

        facts.AddRange(r.Requirements.Select(q => new RuleSetFact("Requirements", q.Name,
            $"at least {Display.Amount(q.Minimum, unit)}" + (q.Categories.Count == 0 ? " in all"
                : $" in {string.Join(" + ", q.Categories)}"))));
        if (r.Notes is { Length: > 0 } notes)
        {
            facts.Add(new("Notes and sources", "Notes", notes));
        }

        return facts;
    }

    private static string Period(PeriodRule p) => p.Kind switch
    {
        PeriodKind.Annual =>
            $"a year from {Display.Date(new DateOnly(2000, p.StartMonth, p.StartDay)).Replace(" 2000", "")}",
        PeriodKind.Triennium =>
            $"three years from {Display.Date(new DateOnly(2000, p.StartMonth, p.StartDay)).Replace(" 2000", "")}" +
            (p.AnchorYear is { } anchor ? $", counted from {anchor}" : ""),
        _ => "a year from the member's own cycle start",
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Words(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c)
        ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
