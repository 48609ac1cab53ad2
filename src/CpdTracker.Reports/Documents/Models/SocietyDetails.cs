namespace CpdTracker.Reports.Documents.Models;

/// <summary>The issuing society, as printed in every document's header and as the PDF's author.</summary>
public sealed record SocietyDetails(string Name, string ShortName)
{
    public static readonly SocietyDetails Bsanz = new("Balint Society of Australia and New Zealand", "BSANZ");
}
