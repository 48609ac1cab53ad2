using UglyToad.PdfPig.Content;

namespace CpdTracker.Reports.Tests.Pdf;

/// <summary>Reads a vector QR code back off a PDF page: the filled path with the most rectangles,
/// mapped onto a module grid.</summary>
internal static class PdfQr
{
    public static int RectangleCount(Page page) => QrPath(page).Count;

    /// <summary>The dark modules drawn, as a grid of <paramref name="size"/> modules including the
    /// four-module quiet zone.</summary>
    public static bool[,] Modules(Page page, int size)
    {
        var rectangles = QrPath(page).Select(s => s.GetBoundingRectangle()!.Value).ToList();
        var left = rectangles.Min(r => r.Left);
        var top = rectangles.Max(r => r.Top);
        // The finder patterns reach the corners of the symbol, so the dark area spans all
        // modules inside the quiet zone.
        var module = (rectangles.Max(r => r.Right) - left) / (size - 8);
        var grid = new bool[size, size];
        foreach (var r in rectangles)
        {
            int Cell(double v) => (int)Math.Round(v / module) + 4;
            for (var y = Cell(top - r.Top); y < Cell(top - r.Bottom); y++)
            {
                for (var x = Cell(r.Left - left); x < Cell(r.Right - left); x++)
                {
                    grid[y, x] = true;
                }
            }
        }
        return grid;
    }

    private static IReadOnlyList<UglyToad.PdfPig.Core.PdfSubpath> QrPath(Page page) =>
        page.Paths.Where(p => p.IsFilled).MaxBy(p => p.Count)
            ?? throw new InvalidOperationException("The page has no filled path.");
}
