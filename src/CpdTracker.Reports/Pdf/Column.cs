namespace CpdTracker.Reports.Pdf;

// One column of a Columns row: a share of the width left after fixed columns, or a fixed width (a logo, a QR code).
internal sealed record Column(IBlock Block, float Weight = 1)
{
    public float? FixedWidth { get; init; }

    public static Column Fixed(IBlock block, float width) => new(block, 0) { FixedWidth = width };
}
