namespace CpdTracker.Domain.Credit;

internal static class Requirements
{
    public static RequirementResult Evaluate(Requirement requirement, IReadOnlyDictionary<string, decimal> totals)
    {
        var achieved = requirement.Categories.Count == 0
            ? totals.Values.Sum()
            : requirement.Categories.Sum(c => totals.GetValueOrDefault(c));
        return new RequirementResult(requirement.Name, requirement.Categories, requirement.Minimum,
            Amounts.Normal(achieved), achieved >= requirement.Minimum,
            Amounts.Normal(Math.Max(0, requirement.Minimum - achieved)));
    }
}
