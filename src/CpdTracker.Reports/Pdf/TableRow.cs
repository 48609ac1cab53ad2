namespace CpdTracker.Reports.Pdf;

/// <summary>One row's cell texts, in column order; emphasised rows (totals) are bold.</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, bool Emphasis = false);
