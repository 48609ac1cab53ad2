using CpdTracker.Api.Features.Cpd;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>A credit statement as the annual summary and interim statement documents show it.</summary>
public static class SummaryModels
{
    public static AnnualSummary From(
        SocietyDetails society,
        CpdStatementResponse s,
        MemberDetails member,
        DateOnly issueDate,
        CertificateReference? reference = null)
    {
        var name = (string code) => s.CategoryNames.GetValueOrDefault(code, code);
        var notCredited = (CpdTracker.Domain.Credit.CreditLine l) =>
            l.Status is AttendanceStatus.Apology or AttendanceStatus.Absent;
        return new AnnualSummary(
            society,
            member,
            s.College,
            new RuleSetInfo(
                s.RuleSetCode, s.RuleSetVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Unit),
            new CpdTracker.Reports.Documents.Models.CpdPeriod(s.PeriodStart, s.PeriodEnd),
            s.Lines.Where(l => !notCredited(l))
                .Select(l => new StatementLine(
                    l.LocalDate, l.Title, l.Kind, l.Role, l.MinutesAttended, l.Category, l.Amount, l.Explanation))
                .ToList(),
            s.Lines.Where(notCredited)
                .Select(l => new NotCreditedLine(l.LocalDate, l.Title, l.Kind, l.Status))
                .ToList(),
            s.Totals.OrderBy(t => t.Key).Select(t => new CategoryTotal(t.Key, name(t.Key), t.Value)).ToList(),
            s.Requirements.Select(r => new RequirementOutcome(
                    r.Categories.Count == 0 ? $"{r.Name}" : $"{r.Name} ({string.Join(" + ", r.Categories)})",
                    r.Minimum,
                    r.Achieved))
                .ToList(),
            issueDate,
            reference);
    }
}
