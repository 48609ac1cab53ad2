namespace CpdTracker.Reports.Pdf;

/// <summary>Which page is being drawn, and how many there are.</summary>
internal sealed record PageInfo(int Number, int Count)
{
    public string Label => $"Page {Number} of {Count}";
}
