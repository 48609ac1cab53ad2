using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CpdTracker.Reports.Tests.Pdf;

/// <summary>Reads a PDF back the way a person would: the text of each page, in reading order, line by line.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));

    public static IReadOnlyList<string> Lines(byte[] pdf) =>
        All(pdf).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The one line that holds the given text, so a test can check what else is on that table row.</summary>
    public static string LineWith(byte[] pdf, string text) => Assert.Single(Lines(pdf), line => line.Contains(text));

    /// <summary>The page numbers (1-based) on which the text appears.</summary>
    public static IReadOnlyList<int> PagesWith(IReadOnlyList<string> pages, string text) =>
        pages.Select((page, i) => (page, i)).Where(p => p.page.Contains(text)).Select(p => p.i + 1).ToList();
}
