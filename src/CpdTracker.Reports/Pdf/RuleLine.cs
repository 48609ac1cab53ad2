namespace CpdTracker.Reports.Pdf;

internal sealed class RuleLine(float thickness = 0.75f, uint color = PdfColors.Rule) : IBlock
{
    // A line shorter than the column, e.g. the one a signature sits on; null for the full width.
    public float? Width { get; init; }

    public IReadOnlyList<Fragment> Layout(float width)
    {
        var length = Math.Min(width, Width ?? width);
        return
        [
            new(thickness, (canvas, x, y) =>
            {
                using var paint = new SKPaint
                {
                    Color = new SKColor(color), StrokeWidth = thickness, IsAntialias = true,
                };
                canvas.DrawLine(x, y + thickness / 2, x + length, y + thickness / 2, paint);
            }),
        ];
    }
}
