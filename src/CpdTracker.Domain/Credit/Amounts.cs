using System.Globalization;

namespace CpdTracker.Domain.Credit;

internal static class Amounts
{
    public static decimal Round(decimal raw, Rounding rounding)
    {
        var steps = raw / rounding.Increment;
        var whole = rounding.Mode == RoundingMode.Down ? decimal.Floor(steps)
            : decimal.Round(steps, MidpointRounding.AwayFromZero);
        return Normal(whole * rounding.Increment);
    }

    /// <summary>1.50 and 1.5 are the same credit; keep the shorter so statements read and compare the same.</summary>
    public static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;

    public static string Text(decimal value) => Normal(value).ToString(CultureInfo.InvariantCulture);

    public static string Unit(RuleSet rules) => rules.Unit switch
    {
        CreditUnit.Hours => "h",
        CreditUnit.Points => "pts",
        _ => "cr",
    };
}
