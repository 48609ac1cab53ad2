using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class PaginatorTests
{
    private static Fragment Box(float height) => new(height, static (_, _, _) => { });

    [Fact]
    public void RowTallerThanTheSpaceLeftMovesWholeToTheNextPageUnderARepeatedHeader()
    {
        var table = new Table([new("Activity", 1), new("Explanation", 1)],
        [
            new(["short", "one line"]),
            new(["short", "one line"]),
            new(["tall", string.Join(" ", Enumerable.Repeat("wrapping explanation text", 12))]),
        ]);
        var fragments = table.Layout(200);
        var header = fragments[0];
        var firstTwo = fragments.Take(3).Sum(f => f.Height);

        var pages = Paginator.Paginate(fragments, firstTwo + 10);

        Assert.Equal(2, pages.Count);
        Assert.Equal([fragments[0], fragments[1], fragments[2]], pages[0].Select(p => p.Fragment));
        Assert.Equal([header, fragments[3]], pages[1].Select(p => p.Fragment));
        Assert.Equal([0, header.Height], pages[1].Select(p => p.Top));
    }

    [Fact]
    public void EveryPageOfALongTableStartsWithItsHeaderAndNothingOverflows()
    {
        var rows = Enumerable.Range(1, 100)
            .Select(i => new TableRow([$"row {i}", i % 3 == 0 ? "a longer cell that wraps onto more lines here" : "x"]))
            .ToList();
        var fragments = new Table([new("A", 1), new("B", 1)], rows).Layout(150);

        var pages = Paginator.Paginate(fragments, 300);

        Assert.True(pages.Count > 3);
        Assert.All(pages, page => Assert.Same(fragments[0], page[0].Fragment));
        Assert.All(pages, page => Assert.True(page[^1].Top + page[^1].Fragment.Height <= 300));
        Assert.Equal(100, pages.SelectMany(p => p).Count(p => !ReferenceEquals(p.Fragment, fragments[0])));
    }

    [Fact]
    public void SpacingIsDroppedAtTheTopOfANewPage()
    {
        var fragments = new[] { Box(80), Fragment.Space(30), Box(50) };

        var pages = Paginator.Paginate(fragments, 100);

        Assert.Equal(2, pages.Count);
        Assert.Equal(0, pages[1][0].Top);
        Assert.False(pages[1][0].Fragment.IsSpacing);
    }

    [Fact]
    public void HeadingMovesToTheNextPageWithTheContentItIntroduces()
    {
        var heading = Box(20) with { KeepWithNext = true };
        var fragments = new[] { Box(60), heading, Box(30) };

        var pages = Paginator.Paginate(fragments, 100);

        Assert.Equal([heading, fragments[2]], pages[1].Select(p => p.Fragment));
    }

    [Fact]
    public void EmptyBodyStillGivesOnePage()
    {
        Assert.Single(Paginator.Paginate([], 100));
    }
}
