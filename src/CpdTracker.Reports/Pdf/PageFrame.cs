namespace CpdTracker.Reports.Pdf;

internal sealed record PageFrame(Func<PageInfo, IBlock> Header, Func<PageInfo, IBlock> Footer)
{
    public string? Watermark { get; init; }
}
