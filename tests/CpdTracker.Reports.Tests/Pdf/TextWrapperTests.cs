using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class TextWrapperTests
{
    [Fact]
    public void WrappedLinesFitTheWidthAndKeepEveryWordInOrder()
    {
        const string text = "90 of 90 min at 1 h/h → 1.5 h RP, rounded down to 0.25 h per line, for Mere Tūhoe-Ngāwai";

        var lines = TextWrapper.Wrap(text, TextStyle.Body, 120);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(TextPainter.Measure(line, TextStyle.Body) <= 120, line));
        Assert.Equal(text, string.Join(" ", lines));
    }

    [Fact]
    public void WordWiderThanTheLineIsBrokenBetweenCharacters()
    {
        const string url = "https://cpd.balintanz.org/verify/ABCD-EFGH-IJKL-MNOP";

        var lines = TextWrapper.Wrap(url, TextStyle.Body, 80);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(TextPainter.Measure(line, TextStyle.Body) <= 80, line));
        Assert.Equal(url, string.Concat(lines));
    }

    [Fact]
    public void LineBreaksInTheTextStartNewLines()
    {
        Assert.Equal(["Certificate X", "Issued 5 March 2026"],
            TextWrapper.Wrap("Certificate X\nIssued 5 March 2026", TextStyle.Small, 400));
    }

    [Fact]
    public void BoldTextMeasuresWiderThanRegular()
    {
        Assert.True(TextPainter.Measure("Ngāwai", TextStyle.BodyBold) > TextPainter.Measure("Ngāwai", TextStyle.Body));
    }
}
