namespace CpdTracker.Reports.Pdf;

// Anything that can be laid out at a given width into page-breakable fragments.
internal interface IBlock
{
    IReadOnlyList<Fragment> Layout(float width);
}
