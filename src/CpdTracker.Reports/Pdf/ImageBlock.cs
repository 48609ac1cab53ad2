namespace CpdTracker.Reports.Pdf;

// A raster image drawn at a given height, as wide as its aspect ratio makes it (never wider
// than the column), left-aligned.
internal sealed class ImageBlock(SKImage image, float height) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width)
    {
        var drawnWidth = Math.Min(width, height * image.Width / image.Height);
        var drawnHeight = drawnWidth * image.Height / image.Width;
        return
        [
            new(drawnHeight, (canvas, x, y) =>
            {
                using var paint = new SKPaint { IsAntialias = true };
                canvas.DrawImage(image, SKRect.Create(x, y, drawnWidth, drawnHeight),
                    new SKSamplingOptions(SKFilterMode.Linear), paint);
            }),
        ];
    }

    // The width the image takes when drawn at the given height: for a fixed-width column beside it.
    public static float WidthAt(SKImage image, float height, float maxWidth) =>
        Math.Min(maxWidth, height * image.Width / image.Height);
}
