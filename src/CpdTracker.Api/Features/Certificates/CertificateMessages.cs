using System.Globalization;
using System.Text.Json;
using ReportCredit = CpdTracker.Reports.Documents.Models.CreditLine;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>The text of a document's message: what it is and the facts it shows (activity, date, credit); for a
/// correction, each fact that changed, before → after, starting with the number.</summary>
public static class CertificateMessages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string Subject, string Body) Write(
        string holder,
        IssuedDocument document,
        ReplacedDocument? replaced,
        object data,
        string? link,
        string verifyUrl,
        string society)
    {
        var facts = Facts(data);
        var what = document.Kind switch
        {
            DocumentKind.WorkshopCertificate => "workshop certificate",
            DocumentKind.AnnualSummary => "annual CPD summary",
            _ => "certificate of attendance",
        };
        List<string> paragraphs = [$"Dear {holder},",
            link is null
                ? $"Your {what} {document.Number} is attached."
                : $"Your {what} {document.Number} is ready; sign in to download it:\n\n    {link}"];
        if (replaced is not null)
        {
            var before = Facts(JsonSerializer.Deserialize(replaced.DataJson, data.GetType(), DocumentStore.Json)!);
            var changed = facts.Keys.Concat(before.Keys)
                .Distinct()
                .Where(l => before.GetValueOrDefault(l) != facts.GetValueOrDefault(l))
                .Select(l =>
                    $"\n    {l}: {before.GetValueOrDefault(l) ?? "none"} → {facts.GetValueOrDefault(l) ?? "none"}");
            paragraphs.Add(
                $"It replaces {replaced.Number}, which is now superseded. What changed:\n\n    " +
                $"Number: {replaced.Number} → {document.Number}{string.Concat(changed)}");
        }

        paragraphs.Add(string.Join("\n", facts.Select(f => $"{f.Key}: {f.Value}")));
        paragraphs.Add($"Anyone you show it to can check it at {verifyUrl}");
        paragraphs.Add(society);
        return ((replaced is null ? "" : "Corrected: ") + document.Title, string.Join("\n\n", paragraphs) + "\n");
    }

    // Insertion-ordered, so the message lists facts in the order written here.
    private static Dictionary<string, string> Facts(object data) => (data switch
    {
        AttendanceCertificateData a => new[]
        {
            ("Activity", $"{a.Activity.GroupName}, {Kind(a.Activity.Kind)}"),
            ("Date",
                $"{Date(a.Activity.LocalDate)}, " +
                $"{a.Activity.LocalStartTime.ToString("h:mm tt", Invariant).ToLowerInvariant()} " +
                $"{a.Activity.TimeZoneAbbreviation}"),
            ("Attended", Minutes(a.MinutesAttended)),
            ("Role", a.Role == AttendanceRole.CoLeader ? "Co-leader" : a.Role.ToString()),
        }.Concat(Credits(a.Credits)),
        WorkshopCertificateData w => new[]
        {
            ("Workshop", w.Workshop.Title),
            ("Dates", w.Sessions.Count == 0
                ? ""
                : $"{Date(w.Sessions.Min(s => s.LocalDate))} to {Date(w.Sessions.Max(s => s.LocalDate))}"),
            ("Sessions attended", w.Sessions.Count.ToString(Invariant)),
            ("Attended", Minutes(w.Sessions.Sum(s => s.MinutesAttended))),
        }.Concat(Credits(w.Credits)),
        AnnualSummaryData s => new[]
        {
            ("College", s.College),
            ("Period", $"{Date(s.PeriodStart)} to {Date(s.PeriodEnd)}"),
            ("Rule set", s.RuleSetCode),
        }.Concat(s.Totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => ($"Total {t.Key}", Amount(t.Value))))
            .Concat(s.Requirements.Select(r =>
                ($"Requirement {r.Name}", r.Met ? "met" : $"short by {Amount(r.Shortfall)}"))),
        _ => [],
    }).ToDictionary(f => f.Item1, f => f.Item2);

    private static IEnumerable<(string, string)> Credits(IReadOnlyList<ReportCredit> credits) => credits.Count == 0
        ? [("Credit", "attendance only")]
        : credits.Select(c => ($"Credit, {c.College} {c.CategoryName} ({c.CategoryCode})",
            $"{Amount(c.Amount)} {(c.Amount == 1 && c.Unit.EndsWith('s') ? c.Unit[..^1] : c.Unit)}"));

    private static string Kind(ActivityKind kind) => kind switch
    {
        ActivityKind.GroupMeeting => "Balint group meeting",
        ActivityKind.WorkshopGroup => "workshop small group",
        ActivityKind.WorkshopPlenary => "workshop plenary",
        ActivityKind.LeadershipTraining => "leadership training",
        _ => kind.ToString(),
    };

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    private static string Amount(decimal amount) => amount.ToString("0.############################", Invariant);

    private static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";
}
