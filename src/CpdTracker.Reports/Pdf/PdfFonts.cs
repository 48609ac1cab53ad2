namespace CpdTracker.Reports.Pdf;

// The embedded typefaces; never the machine's installed fonts, so every server renders the same bytes.
internal static class PdfFonts
{
    private static readonly Lazy<SKTypeface> _regular = new(() => Load("NotoSans-Regular.subset.ttf"));
    private static readonly Lazy<SKTypeface> _bold = new(() => Load("NotoSans-Bold.subset.ttf"));
    private static readonly Lazy<SKTypeface> _symbols = new(() => Load("NotoSansMath-Regular.subset.ttf"));

    public static SKTypeface Regular => _regular.Value;
    public static SKTypeface Bold => _bold.Value;

    // Arrows and math signs missing from Noto Sans come from the small Noto Sans Math subset.
    public static SKTypeface Symbols => _symbols.Value;

    private static SKTypeface Load(string file)
    {
        var name = $"CpdTracker.Fonts.{file}";
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is not embedded.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The font resource {name} is not a font Skia can read.");
    }
}
