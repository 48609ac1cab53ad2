namespace CpdTracker.Reports.Pdf;

internal sealed class RuleLine(float thickness = 0.75f, uint color = PdfColors.Rule) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) =>
    [
        new(thickness, (canvas, x, y) =>
        {
            using var paint = new SKPaint { Color = new SKColor(color), StrokeWidth = thickness, IsAntialias = true };
            canvas.DrawLine(x, y + thickness / 2, x + width, y + thickness / 2, paint);
        }),
    ];
}
