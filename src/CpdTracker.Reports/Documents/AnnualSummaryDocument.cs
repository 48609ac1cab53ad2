using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Reports.Documents;

/// <summary>A member's annual CPD summary for one college and period, issued as a certificate.</summary>
public sealed class AnnualSummaryDocument
{
    private readonly SummaryLayout _layout;

    /// <exception cref="ArgumentException">The model has no certificate; use
    /// <see cref="InterimStatementDocument"/>.</exception>
    public AnnualSummaryDocument(AnnualSummary model)
    {
        if (model.Certificate is null)
        {
            throw new ArgumentException(
                "An annual summary needs a certificate; an uncertified one is an interim statement.", nameof(model));
        }
        _layout = new SummaryLayout(model, interim: false);
    }

    /// <summary>The PDF bytes; identical for an identical model.</summary>
    public byte[] Render() => _layout.Render();
}
