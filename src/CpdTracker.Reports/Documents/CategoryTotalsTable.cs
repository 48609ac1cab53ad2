using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

internal sealed class CategoryTotalsTable(IReadOnlyList<CategoryTotal> totals, string unit) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) => new Table(
        [new("Category", 1), new("Name", 4), new("Credited", 1.5f, HorizontalAlign.Right)],
        totals
            .Select(t => new TableRow([t.CategoryCode, t.CategoryName, DocumentFormat.Credit(t.Amount, unit)]))
            .Append(new TableRow(["Total", "", DocumentFormat.Credit(totals.Sum(t => t.Amount), unit)], Emphasis: true))
            .ToList()).Layout(width);
}
