namespace CpdTracker.Reports.Pdf;

// A table whose header row is repeated at the top of every page it continues onto. Each row is one fragment, so a row
// is never split: one that does not fit moves whole to the next page. A short table moves whole; a long one breaks
// leaving at least two rows on each page, so no row is left alone under its header or above the end of the table.
internal sealed class Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows) : IBlock
{
    public const int KeptWholeRows = 6;
    private const float PaddingX = 4;
    private const float PaddingY = 2.5f;

    public TextStyle HeaderStyle { get; init; } = TextStyle.SmallBold.WithColor(PdfColors.Accent);
    public TextStyle CellStyle { get; init; } = TextStyle.Small;

    public IReadOnlyList<Fragment> Layout(float width)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => width * c.Weight / total).ToArray();
        var headers = columns.Select(c => c.Header).ToList();
        var header = Row(headers, HeaderStyle, widths, PdfColors.AccentTint, PdfColors.Accent)
            with
        { KeepWithNext = true };
        var fragments = new List<Fragment> { header };
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Cells.Count != columns.Count)
            {
                throw new ArgumentException(
                    $"Row {i} has {row.Cells.Count} cells; the table has {columns.Count} columns.", nameof(rows));
            }
            var style = row.Emphasis ? CellStyle with { Bold = true } : CellStyle;
            var fill = i % 2 == 1 ? PdfColors.Zebra : PdfColors.White;
            fragments.Add(Row(row.Cells, style, widths, fill, PdfColors.Rule) with
            {
                ContinuationHeader = header,
                KeepWithNext = KeepWithNext(i),
            });
        }
        return fragments;
    }

    private bool KeepWithNext(int i) =>
        rows.Count <= KeptWholeRows ? i < rows.Count - 1 : i == 0 || i == rows.Count - 2;

    private Fragment Row(IReadOnlyList<string> cells, TextStyle style, float[] widths, uint fill, uint rule)
    {
        var lines = cells.Select((text, c) => TextWrapper.Wrap(text, style, widths[c] - 2 * PaddingX)).ToList();
        var height = lines.Max(l => l.Count) * style.LineHeight + 2 * PaddingY;
        return new(height, (canvas, x, y) =>
        {
            using var fillPaint = new SKPaint { Color = new SKColor(fill), Style = SKPaintStyle.Fill };
            using var rulePaint = new SKPaint { Color = new SKColor(rule), StrokeWidth = 0.5f, IsAntialias = true };
            if (fill != PdfColors.White)
            {
                canvas.DrawRect(SKRect.Create(x, y, widths.Sum(), height), fillPaint);
            }
            canvas.DrawLine(x, y + height, x + widths.Sum(), y + height, rulePaint);
            var left = x;
            for (var c = 0; c < cells.Count; c++)
            {
                for (var l = 0; l < lines[c].Count; l++)
                {
                    TextPainter.Draw(canvas, lines[c][l], left + PaddingX, y + PaddingY + l * style.LineHeight,
                        widths[c] - 2 * PaddingX, style, columns[c].Align);
                }
                left += widths[c];
            }
        });
    }
}
