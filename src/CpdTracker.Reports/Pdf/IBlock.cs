namespace CpdTracker.Reports.Pdf;

/// <summary>Anything that can be laid out at a given width into page-breakable fragments.</summary>
internal interface IBlock
{
    IReadOnlyList<Fragment> Layout(float width);
}
