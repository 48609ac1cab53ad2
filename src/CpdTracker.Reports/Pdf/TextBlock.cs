namespace CpdTracker.Reports.Pdf;

// A wrapped paragraph in one style; each line is its own fragment, so long text flows across pages.
internal sealed class TextBlock(string text, TextStyle style, HorizontalAlign align = HorizontalAlign.Left) : IBlock
{
    public bool KeepWithNext { get; init; }

    public IReadOnlyList<Fragment> Layout(float width)
    {
        var lines = TextWrapper.Wrap(text, style, width);
        return lines
            .Select((line, i) => new Fragment(
                style.LineHeight, (canvas, x, y) => TextPainter.Draw(canvas, line, x, y, width, style, align))
            {
                KeepWithNext = KeepWithNext || (i < lines.Count - 1 && lines.Count <= 3),
            })
            .ToList();
    }
}
