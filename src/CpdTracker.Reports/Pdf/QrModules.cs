using System.Collections;

namespace CpdTracker.Reports.Pdf;

// A QR code's dark modules as few rectangles, in module units: the dark runs of each row, each merged with the
// identical runs directly below it. One filled path of these is a few hundred bytes where a rectangle
// per module would be kilobytes.
internal static class QrModules
{
    public static IReadOnlyList<SKRectI> Rectangles(IReadOnlyList<BitArray> matrix)
    {
        var rectangles = new List<SKRectI>();
        var open = new Dictionary<(int Start, int End), int>();
        for (var y = 0; y < matrix.Count; y++)
        {
            var continued = new Dictionary<(int Start, int End), int>();
            foreach (var run in Runs(matrix[y]))
            {
                if (open.TryGetValue(run, out var index))
                {
                    rectangles[index] = rectangles[index] with { Bottom = y + 1 };
                }
                else
                {
                    index = rectangles.Count;
                    rectangles.Add(new SKRectI(run.Start, y, run.End, y + 1));
                }
                continued[run] = index;
            }
            open = continued;
        }
        return rectangles;
    }

    private static IEnumerable<(int Start, int End)> Runs(BitArray row)
    {
        var x = 0;
        while (x < row.Length)
        {
            if (!row[x])
            {
                x++;
                continue;
            }
            var start = x;
            while (x < row.Length && row[x])
            {
                x++;
            }
            yield return (start, x);
        }
    }
}
