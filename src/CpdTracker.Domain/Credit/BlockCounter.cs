namespace CpdTracker.Domain.Credit;

/// <summary>Block awards: in each activity holding the college's number, the period's full blocks of hours (counted in
/// date order) earn the award; only the minutes outside full blocks earn per-hour credit.</summary>
internal sealed class BlockCounter
{
    private readonly RuleSet _rules;
    private readonly int _blockMinutes;
    private readonly Dictionary<string, int> _budget = [];
    private readonly Dictionary<string, int> _used = [];

    public BlockCounter(RuleSet rules, IReadOnlyList<AttendanceFact> ordered)
    {
        _rules = rules;
        _blockMinutes = rules.BlockAward is { } award ? (int)(award.HoursPerBlock * 60) : 0;
        foreach (var activity in ordered.Where(IsEligible).GroupBy(f => f.ActivityKey))
        {
            var minutes = activity.Sum(f => f.MinutesAttended);
            _budget[activity.Key] = minutes - minutes % _blockMinutes;
        }
    }

    public sealed record Block(string Category, decimal Award, string Explanation);

    public sealed record Part(int Minutes, string? Note, Block? Block);

    public IEnumerable<Part> Split(AttendanceFact fact)
    {
        if (!IsEligible(fact) || _budget.GetValueOrDefault(fact.ActivityKey) == 0)
        {
            return [new Part(fact.MinutesAttended, null, null)];
        }

        var award = _rules.BlockAward!;
        var hours = Amounts.Text(award.HoursPerBlock);
        var before = _used.GetValueOrDefault(fact.ActivityKey);
        var towards = Math.Min(fact.MinutesAttended, _budget[fact.ActivityKey] - before);
        var after = before + towards;
        _used[fact.ActivityKey] = after;
        var parts = new List<Part>();
        for (var number = before / _blockMinutes + 1; number <= after / _blockMinutes; number++)
        {
            parts.Add(new Part(0, null, new Block(award.Category, award.Award,
                $"block {number}: {Amounts.Text(award.HoursPerBlock * number)} h attended in {fact.ActivityTitle} " +
                $"({_rules.College} activity {fact.CollegeActivityNumber}), completed at this meeting → " +
                $"{Amounts.Text(award.Award)} {Amounts.Unit(_rules)} {award.Category} " +
                $"instead of per-hour {award.ReplacesCategory} for those {hours} h")));
        }

        // Minutes already inside a block that a later meeting completes earn nothing per hour;
        // the block line will carry them.
        var open = Math.Min(after % _blockMinutes, towards);
        if (open > 0)
        {
            parts.Add(new Part(0,
                $"{open} of {fact.MinutesAttended} min towards block {after / _blockMinutes + 1} of {hours} h " +
                $"in {fact.ActivityTitle} ({after % _blockMinutes} of {_blockMinutes} min so far)", null));
        }

        if (fact.MinutesAttended > towards)
        {
            var counted = towards > 0
                ? $"{towards} min counted in {Blocks(before / _blockMinutes + 1, after / _blockMinutes)}; "
                : null;
            parts.Add(new Part(fact.MinutesAttended - towards, counted, null));
        }

        return parts;
    }

    private static string Blocks(int first, int last) => first == last ? $"block {last}" : $"blocks {first}–{last}";

    private bool IsEligible(AttendanceFact fact) =>
        _rules.BlockAward is { } award && !string.IsNullOrWhiteSpace(fact.CollegeActivityNumber)
        && fact.Status is not (AttendanceStatus.Absent or AttendanceStatus.Apology)
        && fact.MinutesAttended >= Math.Max(1, _rules.MinimumMinutes)
        && _rules.MappingFor(fact.Kind, fact.Role)?.Categories.Any(c => c.Category == award.ReplacesCategory) == true;
}
