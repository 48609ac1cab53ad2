namespace CpdTracker.Reports.Pdf;

internal sealed class Stack(IEnumerable<IBlock?> children, float spacing = 0) : IBlock
{
    public Stack(params IBlock?[] children)
        : this((IEnumerable<IBlock?>)children)
    {
    }

    public IReadOnlyList<Fragment> Layout(float width)
    {
        var fragments = new List<Fragment>();
        foreach (var child in children.OfType<IBlock>())
        {
            var laidOut = child.Layout(width);
            if (laidOut.Count == 0)
            {
                continue;
            }
            if (fragments.Count > 0 && spacing > 0)
            {
                fragments.Add(Fragment.Space(spacing));
            }
            fragments.AddRange(laidOut);
        }
        return fragments;
    }
}
