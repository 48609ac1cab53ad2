using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Benchmarks;

/// <summary>Models shaped like production ones (te reo Māori macrons, three colleges), as the Reports tests
/// use.</summary>
public static class SampleDocuments
{
    private static readonly MemberDetails Member = new("Mere Tūhoe-Ngāwai", "General practitioner",
        [new("RACGP", "512345"), new("ACRRM", "AC-20931"), new("RNZCGP", "NZ-7781")]);

    private static readonly CertificateReference Reference =
        new("BSANZ-2026-000417", "ABCD-EFGH", "https://cpd.balintanz.org/verify/ABCD-EFGH");

    public static AttendanceCertificate Certificate() => new(
        SocietyDetails.Sample,
        Member,
        new ActivityDetails(
            "Wellington Tuesday evening Balint group",
            ActivityKind.GroupMeeting,
            "Dr Aroha Pōtae",
            "Dr James O’Connell",
            new DateOnly(2026, 3, 4),
            new TimeOnly(19, 30),
            "NZDT",
            MeetingMode.InPerson,
            90,
            "Wellington"),
        AttendanceRole.Participant,
        90,
        [
            new("RACGP", "RACGP-2023", "RP", "Reviewing performance", 1.5m, "hours"),
            new("ACRRM", "ACRRM-2023", "PR", "Performance review", 1.5m, "hours"),
            new("RNZCGP", "RNZCGP-TW", "RP", "Reviewing practice", 1.5m, "credits"),
        ],
        [new("RACGP", "1234567"), new("ACRRM", "ACR-88812")],
        Reference,
        new DateOnly(2026, 3, 5));

    public static AnnualSummary Summary(int lines)
    {
        var start = new DateOnly(2025, 1, 6);
        var statement = Enumerable.Range(1, lines)
            .Select(i => new StatementLine(
                start.AddDays(14 * (i - 1) % 350),
                i % 5 == 0 ? "BSANZ Four-Day Leadership Intensive" : "Wellington Tuesday evening Balint group",
                i % 5 == 0 ? ActivityKind.WorkshopPlenary : ActivityKind.GroupMeeting,
                i % 7 == 0 ? AttendanceRole.Presenter : AttendanceRole.Participant,
                i % 9 == 0 ? 20 : 90,
                i % 5 == 0 ? "EA" : "RP",
                i % 9 == 0 ? 0 : 1.5m,
                i % 9 == 0
                    ? "20 of 90 min is below the 30-minute minimum: no credit"
                    : "90 of 90 min at 1 h/h → 1.5 h, rounded down to 0.25 h"))
            .ToList();
        return new(
            SocietyDetails.Sample,
            Member,
            "RACGP",
            new RuleSetInfo("RACGP-2023", "1", "hours"),
            new CpdPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
            statement,
            [
                new(
                    new DateOnly(2025, 3, 11),
                    "Wellington Tuesday evening Balint group",
                    ActivityKind.GroupMeeting,
                    AttendanceStatus.Apology),
            ],
            [
                new("EA", "Educational activities", 12m),
                new("RP", "Reviewing performance", 46.5m),
                new("MO", "Measuring outcomes", 0m),
            ],
            [
                new("Total", 50m, 58.5m),
                new("EA", 12.5m, 12m),
                new("RP", 5m, 46.5m),
                new("MO", 5m, 0m),
                new("RP + MO", 25m, 46.5m),
            ],
            new DateOnly(2026, 1, 15),
            Reference with { Number = "BSANZ-2025-S-00091" });
    }

    /// <summary>Pages in a PDF: page objects are written as "/Type /Page" (not "/Pages").</summary>
    public static int PageCount(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal);
             i >= 0;
             i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            count += i + 11 < text.Length && text[i + 11] != 's' ? 1 : 0;
        }

        return count;
    }
}
