namespace CpdTracker.Reports.Pdf;

/// <summary>A column's header text, its share of the table width, and how its cells align.</summary>
internal sealed record TableColumn(string Header, float Weight, HorizontalAlign Align = HorizontalAlign.Left);
