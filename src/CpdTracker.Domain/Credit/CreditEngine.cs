namespace CpdTracker.Domain.Credit;

/// <summary>Turns attendance into credit under one rule set: per line, then block awards, then caps, then
/// totals and requirements.</summary>
public static class CreditEngine
{
    public static CreditStatement Compute(RuleSet rules, MembershipFacts membership, CpdPeriod period,
        IEnumerable<AttendanceFact> facts)
    {
        var ordered = AttendanceOrder.Sort(facts.Where(f => period.Contains(f.LocalDate)));
        var lines = new List<CreditLine>();
        var blocks = new BlockCounter(rules, ordered);
        var caps = new CapCounter(rules);
        foreach (var fact in ordered)
        {
            foreach (var line in LinesFor(rules, fact, blocks))
            {
                lines.Add(caps.Apply(fact.ActivityKey, line));
            }
        }

        var totals = Totals(rules, lines);
        return new CreditStatement(rules.College, rules.Code, rules.Version, rules.UnitName, period, lines, totals,
            rules.Requirements.Select(r => Requirements.Evaluate(r, totals)).ToList());
    }

    private static IEnumerable<CreditLine> LinesFor(RuleSet rules, AttendanceFact fact, BlockCounter blocks)
    {
        var mapping = rules.MappingFor(fact.Kind, fact.Role);
        var first = mapping?.Categories[0].Category ?? "";
        if (fact.Status is AttendanceStatus.Absent or AttendanceStatus.Apology)
        {
            return [PerHourCredit.Line(fact, first, 0, $"{fact.Status}: no credit")];
        }

        if (mapping is null)
        {
            return [PerHourCredit.Line(fact, first, 0,
                $"{rules.Code} credits no {fact.Kind} activity for a {fact.Role}")];
        }

        if (fact.MinutesAttended <= 0)
        {
            return [PerHourCredit.Line(fact, first, 0, $"no minutes attended of {fact.DurationMinutes}: no credit")];
        }

        if (fact.MinutesAttended < rules.MinimumMinutes)
        {
            return [PerHourCredit.Line(fact, first, 0,
                $"{fact.MinutesAttended} of {fact.DurationMinutes} min is below the " +
                $"{rules.MinimumMinutes}-minute minimum")];
        }

        return blocks.Split(fact).SelectMany(part => part switch
        {
            { Block: { } block } => [PerHourCredit.Line(fact, block.Category, block.Award, block.Explanation)],
            { Minutes: 0 } => [PerHourCredit.Line(fact, rules.BlockAward!.ReplacesCategory, 0, part.Note!)],
            _ => PerHourCredit.Lines(rules, fact, mapping, part.Minutes, part.Note),
        });
    }

    private static Dictionary<string, decimal> Totals(RuleSet rules, List<CreditLine> lines)
    {
        var totals = rules.Categories.Concat(rules.Requirements.SelectMany(r => r.Categories)).Distinct()
            .ToDictionary(c => c, _ => 0m);
        foreach (var line in lines.Where(l => l.Category.Length > 0))
        {
            totals[line.Category] = totals.GetValueOrDefault(line.Category) + line.Amount;
        }

        return totals.ToDictionary(kv => kv.Key, kv => Amounts.Normal(kv.Value));
    }
}
