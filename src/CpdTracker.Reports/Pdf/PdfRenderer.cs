namespace CpdTracker.Reports.Pdf;

// Lays a body out on A4 pages inside a page frame, then draws it: two passes, so footers can say "Page x of y".
internal static class PdfRenderer
{
    public const float PageWidth = 595;
    public const float PageHeight = 842;
    public const float Margin = 48;
    private const float FrameGap = 14;

    public static byte[] Render(PdfMetadata metadata, PageFrame frame, IBlock body)
    {
        const float width = PageWidth - 2 * Margin;
        var first = new PageInfo(1, 1);
        var headerHeight = frame.Header(first).Layout(width).Sum(f => f.Height);
        var footerHeight = frame.Footer(first).Layout(width).Sum(f => f.Height);
        var bodyTop = Margin + headerHeight + FrameGap;
        var bodyHeight = PageHeight - Margin - footerHeight - FrameGap - bodyTop;
        var pages = Paginator.Paginate(body.Layout(width), bodyHeight);

        using var stream = new SKDynamicMemoryWStream();
        using (var document = SKDocument.CreatePdf(stream, metadata.ToSkia()))
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var page = new PageInfo(p + 1, pages.Count);
                var canvas = document.BeginPage(PageWidth, PageHeight);
                Fragment.Combine(frame.Header(page).Layout(width)).Draw(canvas, Margin, Margin);
                foreach (var placed in pages[p])
                {
                    placed.Fragment.Draw(canvas, Margin, bodyTop + placed.Top);
                }
                Fragment.Combine(frame.Footer(page).Layout(width))
                    .Draw(canvas, Margin, PageHeight - Margin - footerHeight);
                // Over the content, so table shading cannot hide it; it is translucent, so the content stays legible.
                if (frame.Watermark is { } watermark)
                {
                    Watermark.Draw(canvas, watermark, PageWidth, PageHeight);
                }
                document.EndPage();
            }
            document.Close();
        }
        using var data = stream.DetachAsData();
        return data.ToArray();
    }
}
