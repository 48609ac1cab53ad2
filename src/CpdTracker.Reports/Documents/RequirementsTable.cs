using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

internal sealed class RequirementsTable(IReadOnlyList<RequirementOutcome> requirements, string unit) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) => new Table(
        [
            new("Requirement", 2),
            new("Required", 1.3f, HorizontalAlign.Right),
            new("Credited", 1.3f, HorizontalAlign.Right),
            new("Outcome", 2.2f),
        ],
        requirements
            .Select(r => new TableRow([
                r.Description,
                DocumentFormat.Credit(r.Required, unit),
                DocumentFormat.Credit(r.Credited, unit),
                r.IsMet ? "Met" : $"Short by {DocumentFormat.Credit(r.Shortfall, unit)}",
            ], Emphasis: !r.IsMet))
            .ToList()).Layout(width);
}
