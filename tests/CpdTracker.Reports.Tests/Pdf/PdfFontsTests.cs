using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class PdfFontsTests
{
    [Theory]
    [InlineData("āēīōūĀĒĪŌŪ")]
    [InlineData("–—‘’“”•…")]
    [InlineData("éèüöñçÆø×")]
    public void EmbeddedFontsCoverTeReoMaoriMacronsAndTypographicPunctuation(string characters)
    {
        foreach (var typeface in new[] { PdfFonts.Regular, PdfFonts.Bold })
        {
            Assert.All(characters.EnumerateRunes(),
                rune => Assert.True(typeface.ContainsGlyph(rune.Value), $"{typeface.FamilyName} lacks {rune}"));
        }
    }

    [Fact]
    public void ArrowsMissingFromNotoSansComeFromTheSymbolsSubset()
    {
        Assert.False(PdfFonts.Regular.ContainsGlyph('→'));
        Assert.True(PdfFonts.Symbols.ContainsGlyph('→'));
        Assert.True(TextPainter.Measure("→", TextStyle.Body) > 0);
    }

    [Fact]
    public void FontsAreTheSubsetsShippedInTheAssemblyWithTheirLicence()
    {
        var resources = typeof(PdfFonts).Assembly.GetManifestResourceNames();

        Assert.Contains("CpdTracker.Fonts.OFL.txt", resources);
        Assert.Equal("Noto Sans", PdfFonts.Regular.FamilyName);
        Assert.Equal("Noto Sans", PdfFonts.Bold.FamilyName);
        Assert.All(resources.Where(r => r.EndsWith(".ttf")), name =>
        {
            using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)!;
            Assert.InRange(stream.Length, 1, 60 * 1024);
        });
    }
}
