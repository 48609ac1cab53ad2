namespace CpdTracker.Reports.Pdf;

// One row's cell texts, in column order; emphasised rows (totals) are bold.
internal sealed record TableRow(IReadOnlyList<string> Cells, bool Emphasis = false);
