namespace CpdTracker.Reports.Documents.Models;

/// <summary>Everything printed on a certificate of attendance at a workshop.</summary>
/// <param name="Credits">
/// Credit lines; the certificate prints their totals per college, rule set and category. Empty for an attendance-only
/// certificate, which says so.
/// </param>
public sealed record WorkshopCertificate(
    SocietyDetails Society,
    MemberDetails Member,
    WorkshopDetails Workshop,
    IReadOnlyList<WorkshopSession> Sessions,
    IReadOnlyList<CreditLine> Credits,
    IReadOnlyList<CollegeActivityNumber> ActivityNumbers,
    CertificateReference Certificate,
    DateOnly IssueDate)
{
    /// <summary>RACGP-accredited activities must carry the RACGP's prescribed wording.</summary>
    public bool HoldsRacgpActivityNumber => ActivityNumbers.Any(n => n.College == "RACGP");

    /// <summary>The RACGP wording, only for an RACGP-accredited workshop that earns this holder RACGP credit.</summary>
    public bool CarriesRacgpWording => RacgpRule.Applies(ActivityNumbers, Credits);
}
