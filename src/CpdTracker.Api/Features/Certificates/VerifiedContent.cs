using System.Text.Json;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>What a document shows, as verification gives it to anyone holding its code: the activity (or the workshop,
/// or the period) and the credit. Read from the data frozen at issue, so it says what the PDF says.</summary>
public sealed record VerifiedContent(
    int? MeetingId, ActivityDetails? Activity, WorkshopDetails? Workshop, int? MinutesAttended,
    string? College, DateOnly? PeriodStart, DateOnly? PeriodEnd,
    IReadOnlyList<CreditLine> Credits, IReadOnlyDictionary<string, decimal>? Totals)
{
    public static VerifiedContent From(DocumentKind kind, string dataJson) => kind switch
    {
        DocumentKind.AttendanceCertificate => Read<AttendanceCertificateData>(dataJson) is var c
            ? new(c.MeetingId, c.Activity, null, c.MinutesAttended, null, null, null, c.Credits ?? [], null)
            : null!,
        DocumentKind.WorkshopCertificate => Read<WorkshopCertificateData>(dataJson) is var w
            ? new(
                null,
                null,
                w.Workshop,
                w.Sessions?.Sum(s => s.MinutesAttended),
                null,
                null,
                null,
                w.Credits ?? [],
                null)
            : null!,
        _ => Read<AnnualSummaryData>(dataJson) is var s
            ? new(null, null, null, null, s.College, s.PeriodStart, s.PeriodEnd, [], s.Totals)
            : null!,
    };

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, DocumentStore.Json)
        ?? throw new InvalidOperationException($"An issued document's data is not a {typeof(T).Name}.");
}
