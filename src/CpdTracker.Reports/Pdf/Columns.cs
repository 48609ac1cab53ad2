namespace CpdTracker.Reports.Pdf;

// Blocks side by side, widths in proportion to their weights; the row is kept on one page.
internal sealed class Columns(IReadOnlyList<(IBlock Block, float Weight)> columns, float gap = 12) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width)
    {
        var available = width - gap * (columns.Count - 1);
        var total = columns.Sum(c => c.Weight);
        var placed = new List<(float X, Fragment Fragment)>();
        var x = 0f;
        foreach (var (block, weight) in columns)
        {
            var columnWidth = available * weight / total;
            placed.Add((x, Fragment.Combine(block.Layout(columnWidth))));
            x += columnWidth + gap;
        }
        return
        [
            new(placed.Max(p => p.Fragment.Height), (canvas, left, top) =>
            {
                foreach (var (offset, fragment) in placed)
                {
                    fragment.Draw(canvas, left + offset, top);
                }
            }),
        ];
    }
}
