namespace CpdTracker.Reports.Pdf;

// Blocks side by side: fixed widths first, the rest shared in proportion to weights; the row is kept on one page.
internal sealed class Columns(IReadOnlyList<Column> columns, float gap = 12) : IBlock
{
    // Centres shorter columns against the tallest, e.g. a society's name beside its logo.
    public bool CenterVertically { get; init; }

    public IReadOnlyList<Fragment> Layout(float width)
    {
        var available = width - gap * (columns.Count - 1) - columns.Sum(c => c.FixedWidth ?? 0);
        var total = columns.Where(c => c.FixedWidth is null).Sum(c => c.Weight);
        var placed = new List<(float X, Fragment Fragment)>();
        var x = 0f;
        foreach (var column in columns)
        {
            var columnWidth = column.FixedWidth ?? available * column.Weight / total;
            placed.Add((x, Fragment.Combine(column.Block.Layout(columnWidth))));
            x += columnWidth + gap;
        }
        var height = placed.Max(p => p.Fragment.Height);
        return
        [
            new(height, (canvas, left, top) =>
            {
                foreach (var (offset, fragment) in placed)
                {
                    fragment.Draw(canvas, left + offset, top + (CenterVertically ? (height - fragment.Height) / 2 : 0));
                }
            }),
        ];
    }
}
