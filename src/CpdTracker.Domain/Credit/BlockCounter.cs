namespace CpdTracker.Domain.Credit;

/// <summary>Block awards: in each activity holding the college's number, the period's full blocks of hours (counted in date order)
/// earn the award; only the minutes outside full blocks earn per-hour credit.</summary>
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
        var before = _used.GetValueOrDefault(fact.ActivityKey);
        var towards = Math.Min(fact.MinutesAttended, _budget[fact.ActivityKey] - before);
        var after = before + towards;
        _used[fact.ActivityKey] = after;
        var parts = new List<Part>();
        if (towards > 0 && after % _blockMinutes != 0)
        {
            parts.Add(new Part(0, $"{towards} min towards block {after / _blockMinutes + 1} of {Amounts.Text(award.HoursPerBlock)} h in {fact.ActivityTitle} ({after % _blockMinutes} of {_blockMinutes} min)", null));
        }

        for (var number = before / _blockMinutes + 1; number <= after / _blockMinutes; number++)
        {
            parts.Add(new Part(0, null, new Block(award.Category, award.Award,
                $"block {number}: {Amounts.Text(award.HoursPerBlock * number)} h attended in {fact.ActivityTitle} ({_rules.College} activity {fact.CollegeActivityNumber}) → {Amounts.Text(award.Award)} {Amounts.Unit(_rules)} {award.Category} instead of per-hour {award.ReplacesCategory}")));
        }

        if (fact.MinutesAttended > towards)
        {
            parts.Add(new Part(fact.MinutesAttended - towards, towards > 0 ? $"{towards} min completed a block; " : null, null));
        }

        return parts;
    }

    private bool IsEligible(AttendanceFact fact) =>
        _rules.BlockAward is { } award && fact.CollegeActivityNumber is not null
        && fact.Status is not (AttendanceStatus.Absent or AttendanceStatus.Apology) && fact.MinutesAttended >= _rules.MinimumMinutes
        && _rules.MappingFor(fact.Kind, fact.Role)?.Categories.Any(c => c.Category == award.ReplacesCategory) == true;
}
