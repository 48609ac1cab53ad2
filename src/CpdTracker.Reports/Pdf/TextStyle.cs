namespace CpdTracker.Reports.Pdf;

internal sealed record TextStyle(float Size, bool Bold = false, uint Color = PdfColors.Ink, float LineSpacing = 1.3f)
{
    public static readonly TextStyle Title = new(24, Bold: true, Color: PdfColors.Accent);
    public static readonly TextStyle Subtitle = new(15, Bold: true);
    public static readonly TextStyle Heading = new(11.5f, Bold: true, Color: PdfColors.Accent);
    public static readonly TextStyle Body = new(10);
    public static readonly TextStyle BodyBold = new(10, Bold: true);
    public static readonly TextStyle Small = new(8.5f);
    public static readonly TextStyle SmallBold = new(8.5f, Bold: true);
    public static readonly TextStyle Muted = new(8.5f, Color: PdfColors.Muted);

    public float LineHeight => Size * LineSpacing;

    public TextStyle WithColor(uint color) => this with { Color = color };
}
