namespace CpdTracker.Reports.Pdf;

/// <summary>What surrounds the body on every page: a header and footer composed per page, and an optional watermark.</summary>
internal sealed record PageFrame(Func<PageInfo, IBlock> Header, Func<PageInfo, IBlock> Footer)
{
    public string? Watermark { get; init; }
}
