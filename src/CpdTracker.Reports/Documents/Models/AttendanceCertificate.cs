using CpdTracker.Domain.Meetings;

namespace CpdTracker.Reports.Documents.Models;

/// <summary>Everything printed on a certificate of attendance at one meeting.</summary>
/// <param name="Role">The part the holder played: printed as "Participant", "Leader",
/// "Co-leader" or "Presenter".</param>
/// <param name="Credits">
/// One line per college of the member (and category, where a meeting credits more than one); empty for an
/// attendance-only certificate (a holder with no college credit, e.g. a medical student), which says so.
/// </param>
/// <param name="ActivityNumbers">The colleges that accredited the group, with their activity numbers.</param>
public sealed record AttendanceCertificate(
    SocietyDetails Society,
    MemberDetails Member,
    ActivityDetails Activity,
    AttendanceRole Role,
    int MinutesAttended,
    IReadOnlyList<CreditLine> Credits,
    IReadOnlyList<CollegeActivityNumber> ActivityNumbers,
    CertificateReference Certificate,
    DateOnly IssueDate)
{
    /// <summary>RACGP-accredited activities must carry the RACGP's prescribed wording.</summary>
    public bool HoldsRacgpActivityNumber => ActivityNumbers.Any(n => n.College == "RACGP");

    /// <summary>The RACGP wording, only for an RACGP-accredited activity that earns this holder RACGP credit.</summary>
    public bool CarriesRacgpWording => RacgpRule.Applies(ActivityNumbers, Credits);
}
