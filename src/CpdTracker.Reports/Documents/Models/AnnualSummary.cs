namespace CpdTracker.Reports.Documents.Models;

/// <summary>A member's credit at one college over one period: the annual summary, or an interim statement.</summary>
/// <param name="Lines">
/// Activities the member attended, each with its credit (zero, with the reason, when attendance fell short of a
/// minimum). Never apologies or absences: the caller moves statement lines with status Apology or Absent to
/// <paramref name="NotCredited"/>.
/// </param>
/// <param name="NotCredited">Apologies and absences in the period, printed in a short table of
/// their own; may be empty.</param>
/// <param name="Certificate">Required for an annual summary; an interim statement prints none.</param>
/// <param name="IssueDate">The date the summary was issued, or the "as at" date of an interim statement.</param>
public sealed record AnnualSummary(
    SocietyDetails Society,
    MemberDetails Member,
    string College,
    RuleSetInfo RuleSet,
    CpdPeriod Period,
    IReadOnlyList<StatementLine> Lines,
    IReadOnlyList<NotCreditedLine> NotCredited,
    IReadOnlyList<CategoryTotal> Totals,
    IReadOnlyList<RequirementOutcome> Requirements,
    DateOnly IssueDate,
    CertificateReference? Certificate = null);
