namespace CpdTracker.Reports.Documents.Models;

// The wording claims RACGP approval for the holder's credit, so a holder without RACGP credit (a psychologist at an
// RACGP-accredited group) must not get it.
internal static class RacgpRule
{
    public static bool Applies(IEnumerable<CollegeActivityNumber> numbers, IEnumerable<CreditLine> credits) =>
        numbers.Any(n => n.College == "RACGP") && credits.Any(c => c.College == "RACGP" && c.Amount > 0);
}
