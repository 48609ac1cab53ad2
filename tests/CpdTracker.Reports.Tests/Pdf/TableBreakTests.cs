using CpdTracker.Reports.Pdf;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class TableBreakTests
{
    private static Fragment Box(float height) => new(height, static (_, _, _) => { });

    private static IReadOnlyList<Fragment> TableOf(int rows) =>
        new Table(
            [new("A", 1), new("B", 1)],
            Enumerable.Range(1, rows).Select(i => new TableRow([$"row {i}", "x"])).ToList()).Layout(200);

    private static List<List<Fragment>> RowsPerPage(IReadOnlyList<IReadOnlyList<PlacedFragment>> pages,
        IReadOnlyList<Fragment> table) =>
        pages.Select(page => page.Select(p => p.Fragment).Where(f => table.Skip(1).Contains(f)).ToList())
            .Where(rows => rows.Count > 0).ToList();

    [Fact]
    public void ShortTableThatDoesNotFitInTheSpaceLeftMovesWholeToTheNextPage()
    {
        var table = TableOf(5);
        var rowHeight = table[1].Height;
        var filler = Box(100);
        // Room for the header and three rows under the filler, not five.
        var pages = Paginator.Paginate([filler, .. table], 100 + table[0].Height + 3.5f * rowHeight);

        Assert.Equal(2, pages.Count);
        Assert.Equal([filler], pages[0].Select(p => p.Fragment));
        Assert.Equal(table, pages[1].Select(p => p.Fragment));
    }

    [Fact]
    public void LongTableDoesNotLeaveOneRowAloneUnderItsHeaderAtThePageBottom()
    {
        var table = TableOf(20);
        var filler = Box(100);

        var pages = Paginator.Paginate([filler, .. table], 100 + table[0].Height + 1.5f * table[1].Height);

        Assert.Equal([filler], pages[0].Select(p => p.Fragment));
        Assert.Same(table[0], pages[1][0].Fragment);
    }

    [Fact]
    public void LongTableDoesNotCarryItsLastRowAloneOntoANewPage()
    {
        var table = TableOf(10);
        // Room for the header and nine rows: the last would be alone on page 2.
        var pages = Paginator.Paginate(table, table[0].Height + 9.5f * table[1].Height);

        var rows = RowsPerPage(pages, table);
        Assert.Equal([8, 2], rows.Select(r => r.Count));
        Assert.Same(table[0], pages[1][0].Fragment);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(25)]
    public void AtAnyPageHeightEveryPageOfATableHoldsAtLeastTwoRowsAndAShortOneIsNeverSplit(int count)
    {
        var table = TableOf(count);
        var rowHeight = table[1].Height;
        for (var space = 0f; space < 12 * rowHeight; space += rowHeight / 3)
        {
            var pages = Paginator.Paginate([Box(space), .. table], 12 * rowHeight);

            var rows = RowsPerPage(pages, table);
            Assert.Equal(count, rows.Sum(r => r.Count));
            Assert.All(rows, r => Assert.True(r.Count >= 2, $"a page with {r.Count} row(s) after {space} pt"));
            if (count <= Table.KeptWholeRows)
            {
                Assert.True(rows.Count == 1,
                    $"split after {space} pt: {string.Join(",", rows.Select(r => r.Count))}; pages {pages.Count}");
            }
        }
    }
}
