namespace CpdTracker.Domain.Credit;

/// <summary>Per-hour credit for the minutes of one attendance, one line per category share,
/// each rounded on its own.</summary>
internal static class PerHourCredit
{
    public static IEnumerable<CreditLine> Lines(RuleSet rules, AttendanceFact fact, ActivityMapping mapping,
        int minutes, string? note)
    {
        var unit = Amounts.Unit(rules);
        foreach (var share in mapping.Categories)
        {
            // Divide last: 20 min at 3 h/h is exactly 1 h, where (20 / 60) * 3 would be 0.999… and round down to 0.75.
            var raw = minutes * mapping.RatePerHour * share.Fraction / 60m;
            var amount = Amounts.Round(raw, rules.Rounding);
            var split = share.Fraction == 1 ? "" : $" × {Amounts.Text(share.Fraction)}";
            var how = rules.Rounding.Mode == RoundingMode.Down ? "down to" : "to the nearest";
            var rounded = amount == raw ? ""
                : $" ({decimal.Round(raw, 4)} rounded {how} {Amounts.Text(rules.Rounding.Increment)})";
            var counted = minutes == fact.MinutesAttended ? $"{fact.MinutesAttended} of {fact.DurationMinutes} min"
                : $"{minutes} of {fact.MinutesAttended} min attended";
            yield return Line(fact, share.Category, amount, $"{note}{counted} at {Amounts.Text(mapping.RatePerHour)} " +
                $"{unit}/h{split} → {Amounts.Text(amount)} {unit} {share.Category}{rounded}");
        }
    }

    public static CreditLine Line(AttendanceFact f, string category, decimal amount, string why) =>
        new(f.MeetingId, f.LocalDate, f.Title, f.Kind, f.Role, f.Status, f.MinutesAttended, category,
            Amounts.Normal(amount), why);
}
