namespace CpdTracker.Reports.Pdf;

internal static class PdfColors
{
    public const uint Ink = 0xFF1F2328;
    public const uint Muted = 0xFF5F6670;
    public const uint Accent = 0xFF1D4E6B;
    public const uint AccentTint = 0xFFE6EEF3;
    public const uint Rule = 0xFFC9D2D9;
    public const uint Zebra = 0xFFF6F8FA;
    public const uint Warning = 0xFF9A3412;
    public const uint WarningTint = 0xFFFFF1E6;
    public const uint Watermark = 0x22C2410C;
    public const uint White = 0xFFFFFFFF;
}
