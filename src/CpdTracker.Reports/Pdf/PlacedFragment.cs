namespace CpdTracker.Reports.Pdf;

/// <summary>A fragment at its distance from the top of the page body.</summary>
internal sealed record PlacedFragment(Fragment Fragment, float Top);
