namespace CpdTracker.Reports.Pdf;

internal enum HorizontalAlign
{
    Left,
    Center,
    Right,
}
