using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

internal sealed class StatementTable(IReadOnlyList<StatementLine> lines, string unit) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) => new Table(
        [
            new("Date", 1.4f),
            new("Activity", 2.1f),
            new("Kind", 1.4f),
            new("Role", 1.2f),
            new("Min", 0.55f, HorizontalAlign.Right),
            new("Category", 1.05f),
            new($"Amount ({unit})", 1.05f, HorizontalAlign.Right),
            new("Explanation", 3.4f),
        ],
        lines
            .Select(l => new TableRow([
                DocumentFormat.ShortDate(l.LocalDate),
                l.Activity,
                DocumentFormat.Kind(l.Kind),
                DocumentFormat.Role(l.Role),
                l.MinutesAttended.ToString(CultureInfo.InvariantCulture),
                l.CategoryCode,
                DocumentFormat.Amount(l.Amount),
                l.Explanation,
            ]))
            .ToList())
    {
        CellStyle = TextStyle.Small with { Size = 7.5f },
        HeaderStyle = TextStyle.SmallBold.WithColor(PdfColors.Accent) with { Size = 7.5f },
    }.Layout(width);
}
