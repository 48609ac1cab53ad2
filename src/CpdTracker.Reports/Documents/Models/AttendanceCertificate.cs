namespace CpdTracker.Reports.Documents.Models;

/// <summary>Everything printed on a certificate of attendance at one meeting.</summary>
/// <param name="Credits">One line per college of the member (and category, where a meeting credits more than one).</param>
/// <param name="ActivityNumbers">The colleges that accredited the group, with their activity numbers.</param>
public sealed record AttendanceCertificate(
    SocietyDetails Society,
    MemberDetails Member,
    ActivityDetails Activity,
    int MinutesAttended,
    IReadOnlyList<CreditLine> Credits,
    IReadOnlyList<CollegeActivityNumber> ActivityNumbers,
    CertificateReference Certificate,
    DateOnly IssueDate)
{
    /// <summary>RACGP-accredited activities must carry the RACGP's prescribed wording.</summary>
    public bool HoldsRacgpActivityNumber => ActivityNumbers.Any(n => n.College == "RACGP");
}
