using CpdTracker.Domain.Credit;
using CpdTracker.Reports.Documents.Models;
using ReportCredit = CpdTracker.Reports.Documents.Models.CreditLine;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>What a certificate of attendance shows, frozen with it: a change to any of it issues a new
/// version.</summary>
public sealed record AttendanceCertificateData(
    string Holder, int MeetingId, ActivityDetails Activity, int MinutesAttended, AttendanceRole Role,
    IReadOnlyList<ReportCredit> Credits, IReadOnlyList<CollegeActivityNumber> Numbers);

/// <summary>What a workshop certificate shows, frozen with it.</summary>
public sealed record WorkshopCertificateData(
    string Holder, int WorkshopId, WorkshopDetails Workshop, IReadOnlyList<WorkshopSession> Sessions,
    IReadOnlyList<ReportCredit> Credits, IReadOnlyList<CollegeActivityNumber> Numbers);

/// <summary>What an annual summary shows, frozen with it.</summary>
public sealed record AnnualSummaryData(
    string Holder, string College, string RuleSetCode, int RuleSetVersion, DateOnly PeriodStart, DateOnly PeriodEnd,
    IReadOnlyDictionary<string, decimal> Totals, IReadOnlyList<RequirementResult> Requirements, int Lines);
