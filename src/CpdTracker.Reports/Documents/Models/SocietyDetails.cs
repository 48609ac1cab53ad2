namespace CpdTracker.Reports.Documents.Models;

/// <summary>
/// The issuing society as configured: its name and logo head every page, its contact details foot every page, its
/// signatory signs certificates and annual summaries, and its name is the PDF's author.
/// </summary>
/// <param name="PostalAddress">May hold several lines ("\n"); printed on one line, joined with commas.</param>
/// <param name="BusinessNumber">Printed as given, e.g. "ABN 12 345 678 901"; null to print none.</param>
/// <param name="Website">Printed as given, e.g. "balintanz.org".</param>
/// <param name="Logo">PNG or JPEG bytes, drawn in the header; null for a header with the name alone.</param>
/// <param name="Signatory">Who signs for the society; null for documents without a signature block.</param>
public sealed record SocietyDetails(
    string Name,
    string ShortName,
    string PostalAddress,
    string? BusinessNumber,
    string ContactEmail,
    string Website,
    byte[]? Logo = null,
    Signatory? Signatory = null)
{
    /// <summary>Sample details (a made-up address and ABN) for tests, benchmarks and the README's pictures.</summary>
    public static readonly SocietyDetails Sample = new(
        "Balint Society of Australia and New Zealand",
        "BSANZ",
        "PO Box 1234\nCarlton South VIC 3053\nAustralia",
        "ABN 12 345 678 901",
        "cpd@balintanz.org",
        "balintanz.org");
}
