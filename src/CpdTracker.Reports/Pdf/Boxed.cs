namespace CpdTracker.Reports.Pdf;

// A block inside a filled, bordered box, kept on one page.
internal sealed class Boxed(IBlock content, uint fill, uint border, float padding = 8) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width)
    {
        var inner = Fragment.Combine(content.Layout(width - 2 * padding));
        var height = inner.Height + 2 * padding;
        return
        [
            new(height, (canvas, x, y) =>
            {
                var rect = SKRect.Create(x, y, width, height);
                using var fillPaint = new SKPaint
                {
                    Color = new SKColor(fill), Style = SKPaintStyle.Fill, IsAntialias = true,
                };
                using var borderPaint = new SKPaint
                {
                    Color = new SKColor(border), Style = SKPaintStyle.Stroke, StrokeWidth = 0.75f, IsAntialias = true,
                };
                canvas.DrawRoundRect(rect, 3, 3, fillPaint);
                canvas.DrawRoundRect(rect, 3, 3, borderPaint);
                inner.Draw(canvas, x + padding, y + padding);
            }),
        ];
    }
}
