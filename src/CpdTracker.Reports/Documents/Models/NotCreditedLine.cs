using CpdTracker.Domain.Meetings;

namespace CpdTracker.Reports.Documents.Models;

/// <summary>A meeting in the period that the member sent an apology for or was absent from: listed
/// apart, never credited.</summary>
public sealed record NotCreditedLine(DateOnly LocalDate, string Activity, ActivityKind Kind, AttendanceStatus Status);
