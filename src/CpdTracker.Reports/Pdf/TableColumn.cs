namespace CpdTracker.Reports.Pdf;

internal sealed record TableColumn(string Header, float Weight, HorizontalAlign Align = HorizontalAlign.Left);
