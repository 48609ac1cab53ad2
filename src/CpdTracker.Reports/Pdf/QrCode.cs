using QRCoder;

namespace CpdTracker.Reports.Pdf;

// A QR code drawn as one vector path (no bitmap), with the standard four-module quiet zone kept blank, and a caption.
internal sealed class QrCode(string text, float size, string caption) : IBlock
{
    private static readonly TextStyle _captionStyle = TextStyle.Muted with { Size = 7 };

    public IReadOnlyList<Fragment> Layout(float width)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix.Count;
        var rectangles = QrModules.Rectangles(data.ModuleMatrix);
        var module = size / modules;
        var left = (width - size) / 2;
        var code = new Fragment(size, (canvas, x, y) =>
        {
            // Drawn in module units under a scale, so the PDF holds small whole numbers rather than a float per corner.
            using var path = new SKPath();
            foreach (var r in rectangles)
            {
                path.AddRect(r);
            }
            using var paint = new SKPaint { Color = new SKColor(PdfColors.Ink), Style = SKPaintStyle.Fill };
            canvas.Save();
            canvas.Translate(x + left, y);
            canvas.Scale(module);
            canvas.DrawPath(path, paint);
            canvas.Restore();
        })
        { KeepWithNext = true };
        return [code, .. new TextBlock(caption, _captionStyle, HorizontalAlign.Center).Layout(width)];
    }
}
