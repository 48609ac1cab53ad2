namespace CpdTracker.Reports.Pdf;

internal sealed class Spacer(float height) : IBlock
{
    public IReadOnlyList<Fragment> Layout(float width) => [Fragment.Space(height)];
}
