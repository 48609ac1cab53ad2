namespace CpdTracker.Reports.Pdf;

// The first pass: distributes fragments over pages of a given body height, before anything is drawn.
internal static class Paginator
{
    // Heights summed in a different order differ in the last bits; a block that fits exactly must not be pushed over.
    private const float Tolerance = 0.01f;

    public static IReadOnlyList<IReadOnlyList<PlacedFragment>> Paginate(IReadOnlyList<Fragment> fragments,
        float bodyHeight)
    {
        var pages = new List<List<PlacedFragment>> { new() };
        var y = 0f;
        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            var atTopOfLaterPage = y == 0 && pages.Count > 1;
            if (fragment.IsSpacing && atTopOfLaterPage)
            {
                continue;
            }
            if (y > 0 && y + Needed(fragments, i, bodyHeight) > bodyHeight + Tolerance)
            {
                pages.Add([]);
                y = 0;
                if (fragment.IsSpacing)
                {
                    continue;
                }
                if (fragment.ContinuationHeader is { } header)
                {
                    pages[^1].Add(new(header, y));
                    y += header.Height;
                }
            }
            pages[^1].Add(new(fragment, y));
            y += fragment.Height;
        }
        return pages;
    }

    // The fragment plus whatever must travel with it: the chain of keep-with-next and spacing that follows.
    private static float Needed(IReadOnlyList<Fragment> fragments, int i, float bodyHeight)
    {
        var needed = fragments[i].Height;
        var j = i;
        while ((fragments[j].KeepWithNext || fragments[j].IsSpacing) && j + 1 < fragments.Count)
        {
            j++;
            needed += fragments[j].Height;
        }
        return needed > bodyHeight ? fragments[i].Height : needed;
    }
}
