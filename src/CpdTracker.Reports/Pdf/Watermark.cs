namespace CpdTracker.Reports.Pdf;

internal static class Watermark
{
    private static readonly TextStyle _style = new(44, Bold: true, Color: PdfColors.Watermark);

    public static void Draw(SKCanvas canvas, string text, float pageWidth, float pageHeight)
    {
        var width = TextPainter.Measure(text, _style);
        canvas.Save();
        canvas.Translate(pageWidth / 2, pageHeight / 2);
        canvas.RotateDegrees(-38);
        TextPainter.Draw(canvas, text, -width / 2, -_style.LineHeight / 2, _style);
        canvas.Restore();
    }
}
