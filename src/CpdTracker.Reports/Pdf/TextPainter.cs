using System.Collections.Concurrent;
using System.Text;

namespace CpdTracker.Reports.Pdf;

// Measures and draws one line of text, taking each character from the first embedded font that has it.
internal static class TextPainter
{
    private static readonly ConcurrentDictionary<(float Size, bool Bold, bool Symbols), SKFont> _fonts = new();

    // Whether a character must come from the symbols font, asked of Skia once per character
    // and weight (a native call each).
    private static readonly ConcurrentDictionary<(bool Bold, int Rune), bool> _fromSymbols = new();

    public static float Measure(string text, TextStyle style)
    {
        var width = 0f;
        foreach (var (run, font) in Runs(text, style))
        {
            width += font.MeasureText(run);
        }
        return width;
    }

    public static void Draw(SKCanvas canvas, string text, float x, float top, TextStyle style)
    {
        using var paint = new SKPaint { Color = new SKColor(style.Color), IsAntialias = true };
        var baseline = top + Baseline(style);
        var runs = Runs(text, style).ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            canvas.DrawText(runs[i].Run, x, baseline, runs[i].Font, paint);
            // Only a following run needs to know where this one ended.
            x += i + 1 < runs.Count ? runs[i].Font.MeasureText(runs[i].Run) : 0;
        }
    }

    public static void Draw(SKCanvas canvas, string text, float x, float top, float width, TextStyle style,
        HorizontalAlign align)
    {
        var offset = align switch
        {
            HorizontalAlign.Center => (width - Measure(text, style)) / 2,
            HorizontalAlign.Right => width - Measure(text, style),
            _ => 0,
        };
        Draw(canvas, text, x + offset, top, style);
    }

    // Distance from the top of a line box to the baseline: the font's ascent-to-descent box is centred in it.
    public static float Baseline(TextStyle style)
    {
        var metrics = Font(style, symbols: false).Metrics;
        return ((style.LineHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
    }

    private static bool FromSymbols(int rune, bool bold) => _fromSymbols.GetOrAdd((bold, rune), static key =>
        !(key.Bold ? PdfFonts.Bold : PdfFonts.Regular).ContainsGlyph(key.Rune)
            && PdfFonts.Symbols.ContainsGlyph(key.Rune));

    private static IEnumerable<(string Run, SKFont Font)> Runs(string text, TextStyle style)
    {
        var anySymbols = false;
        foreach (var rune in text.EnumerateRunes())
        {
            anySymbols |= FromSymbols(rune.Value, style.Bold);
        }

        // Nearly every line is in the main font: one run, no copying.
        return anySymbols ? SplitRuns(text, style) : [(text, Font(style, symbols: false))];
    }

    private static IEnumerable<(string Run, SKFont Font)> SplitRuns(string text, TextStyle style)
    {
        var run = new StringBuilder();
        var inSymbols = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var symbols = FromSymbols(rune.Value, style.Bold);
            if (symbols != inSymbols && run.Length > 0)
            {
                yield return (run.ToString(), Font(style, inSymbols));
                run.Clear();
            }
            inSymbols = symbols;
            run.Append(rune.ToString());
        }
        if (run.Length > 0)
        {
            yield return (run.ToString(), Font(style, inSymbols));
        }
    }

    private static SKFont Font(TextStyle style, bool symbols) =>
        _fonts.GetOrAdd((style.Size, style.Bold, symbols), static key =>
        {
            var typeface = key.Symbols ? PdfFonts.Symbols : key.Bold ? PdfFonts.Bold : PdfFonts.Regular;
            // Unhinted, linear metrics: what we measure is exactly what the PDF places.
            return new SKFont(typeface, key.Size)
            {
                Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None,
            };
        });
}
