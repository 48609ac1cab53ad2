namespace CpdTracker.Reports.Documents.Models;

/// <summary>The span a requirement is measured over, both ends inclusive, as local dates.</summary>
public sealed record CpdPeriod(DateOnly Start, DateOnly End);
