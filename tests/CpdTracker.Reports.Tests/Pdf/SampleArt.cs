using CpdTracker.Reports.Pdf;
using SkiaSharp;

namespace CpdTracker.Reports.Tests.Pdf;

/// <summary>A logo and a signature drawn here, so tests need no image files: PNGs with transparency, as
/// configured ones would be.</summary>
internal static class SampleArt
{
    public static byte[] Logo(int width = 300, int height = 100) => Png(width, height, canvas =>
    {
        canvas.Scale(width / 300f, height / 100f);
        using var accent = new SKPaint { Color = new SKColor(PdfColors.Accent), IsAntialias = true };
        using var ring = new SKPaint
        {
            Color = new SKColor(PdfColors.Accent), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 7,
        };
        canvas.DrawCircle(50, 50, 38, ring);
        canvas.DrawCircle(38, 50, 15, accent);
        canvas.DrawCircle(64, 50, 15, accent);
        using var font = new SKFont(PdfFonts.Bold, 46);
        canvas.DrawText("BSANZ", 102, 66, font, accent);
    });

    public static byte[] Signature() => Png(300, 100, canvas =>
    {
        using var ink = new SKPaint
        {
            Color = new SKColor(0xFF1A2A6C), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3.5f,
            StrokeCap = SKStrokeCap.Round,
        };
        using var path = new SKPath();
        path.MoveTo(12, 70);
        path.CubicTo(30, 10, 55, 10, 48, 72);
        path.CubicTo(70, 20, 95, 30, 88, 70);
        path.CubicTo(110, 40, 130, 40, 140, 66);
        path.CubicTo(160, 30, 190, 90, 205, 50);
        path.CubicTo(220, 20, 240, 80, 285, 40);
        canvas.DrawPath(path, ink);
    });

    private static byte[] Png(int width, int height, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        draw(surface.Canvas);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
