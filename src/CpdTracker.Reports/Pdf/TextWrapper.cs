namespace CpdTracker.Reports.Pdf;

// Greedy word wrap by measured width; a word wider than the line is broken between characters. Widths add up (no
// kerning), so a line's width grows by each word's instead of re-measuring the whole line at every word.
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, TextStyle style, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var added = TextPainter.Measure(line.Length == 0 ? word : " " + word, style);
                if (lineWidth + added <= width)
                {
                    line = line.Length == 0 ? word : $"{line} {word}";
                    lineWidth += added;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = BreakLongWord(word, style, width, lines);
                lineWidth = TextPainter.Measure(line, style);
            }
            lines.Add(line);
        }
        return lines;
    }

    private static string BreakLongWord(string word, TextStyle style, float width, List<string> lines)
    {
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end - start > 1 && TextPainter.Measure(word[start..end], style) > width)
            {
                lines.Add(word[start..(end - 1)]);
                start = end - 1;
            }
        }
        return word[start..];
    }
}
