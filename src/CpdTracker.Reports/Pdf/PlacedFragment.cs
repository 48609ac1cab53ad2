namespace CpdTracker.Reports.Pdf;

internal sealed record PlacedFragment(Fragment Fragment, float Top);
