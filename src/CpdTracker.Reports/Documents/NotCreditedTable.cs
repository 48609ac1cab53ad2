using CpdTracker.Reports.Documents.Models;
using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Documents;

internal sealed class NotCreditedTable(IReadOnlyList<NotCreditedLine> lines) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) => new Table(
        [new("Date", 1.4f), new("Activity", 4.5f), new("Kind", 2), new("Status", 1.5f)],
        lines
            .OrderBy(l => l.LocalDate)
            .Select(l =>
                new TableRow([DocumentFormat.ShortDate(l.LocalDate), l.Activity, DocumentFormat.Kind(l.Kind),
                    DocumentFormat.Status(l.Status)]))
            .ToList())
    {
        CellStyle = TextStyle.Small with { Size = 7.5f },
        HeaderStyle = TextStyle.SmallBold.WithColor(PdfColors.Accent) with { Size = 7.5f },
    }.Layout(width);
}
