using System.Globalization;
using System.Text;

namespace CpdTracker.Api.Infrastructure;

/// <summary>What a frozen document can print: the characters of the subset fonts (tools/fonts/subset.sh), on
/// one line.</summary>
public static class PrintableText
{
    /// <summary>The first character that is refused, with the reason a person reads; null when all can
    /// be printed.</summary>
    public static string? FirstProblem(string? text)
    {
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                return $"contains {Code(rune)}, a control, formatting or line-break character; " +
                    "text here is one line of visible characters.";
            }

            if (!InFonts(rune.Value))
            {
                return $"contains '{rune}' ({Code(rune)}), which certificates cannot print: " +
                    "they use Latin letters (with accents and macrons) and common punctuation.";
            }
        }

        return null;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;

    // Noto Sans: Basic Latin, Latin-1 Supplement, Latin Extended-A, General Punctuation;
    // Noto Sans Math: arrows, − ≠ ≤ ≥ ×.
    private static bool InFonts(int c) =>
        c is >= 0x20 and <= 0x7E or >= 0xA0 and <= 0x17F or >= 0x2010 and <= 0x2027 or >= 0x2030 and <= 0x203A
            or >= 0x2190 and <= 0x2199 or 0x2212 or 0x2260 or 0x2264 or 0x2265;

    private static string Code(Rune rune) => $"U+{rune.Value:X4}";
}
