namespace CpdTracker.Reports.Documents.Models;

/// <summary>A member's credit at one college over one period: the annual summary, or an interim statement.</summary>
/// <param name="Certificate">Required for an annual summary; an interim statement prints none.</param>
/// <param name="IssueDate">The date the summary was issued, or the "as at" date of an interim statement.</param>
public sealed record AnnualSummary(
    SocietyDetails Society,
    MemberDetails Member,
    string College,
    RuleSetInfo RuleSet,
    CpdPeriod Period,
    IReadOnlyList<StatementLine> Lines,
    IReadOnlyList<CategoryTotal> Totals,
    IReadOnlyList<RequirementOutcome> Requirements,
    DateOnly IssueDate,
    CertificateReference? Certificate = null);
