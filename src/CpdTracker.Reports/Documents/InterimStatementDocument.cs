using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Reports.Documents;

/// <summary>
/// The annual summary's layout, marked "Interim — not a certificate" on every page and printing no
/// certificate number (any certificate on the model is ignored).
/// </summary>
public sealed class InterimStatementDocument(AnnualSummary model)
{
    public const string Mark = SummaryLayout.InterimMark;

    /// <summary>The PDF bytes; identical for an identical model.</summary>
    public byte[] Render() => new SummaryLayout(model, interim: true).Render();
}
