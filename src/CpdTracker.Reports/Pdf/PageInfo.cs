namespace CpdTracker.Reports.Pdf;

internal sealed record PageInfo(int Number, int Count)
{
    public string Label => $"Page {Number} of {Count}";
}
