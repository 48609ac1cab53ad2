using CpdTracker.Domain.Meetings;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Reports.Tests.Pdf;

internal static class SampleModels
{
    public const string MemberName = "Mere Tūhoe-Ngāwai";
    public const string VerificationCode = "ABCD-EFGH";

    public static readonly MemberDetails Member = new(MemberName, "General practitioner",
        [new("RACGP", "512345"), new("ACRRM", "AC-20931"), new("RNZCGP", "NZ-7781")]);

    public static readonly CertificateReference Certificate =
        new("BSANZ-2026-000417", VerificationCode, $"https://cpd.balintanz.org/verify/{VerificationCode}");

    public const string SignatoryName = "Dr Ngaio Rāwiri";

    /// <summary>The sample society with a logo and a signatory whose signature is an image, as a
    /// configured society would be.</summary>
    public static SocietyDetails SocietyWithArt() => SocietyDetails.Sample with
    {
        Logo = SampleArt.Logo(),
        Signatory = new Signatory(SignatoryName, "President", SampleArt.Signature()),
    };

    public static AttendanceCertificate Attendance(bool racgpAccredited = true) => new(
        SocietyDetails.Sample,
        Member,
        new ActivityDetails("Wellington Tuesday evening Balint group", ActivityKind.GroupMeeting, "Dr Aroha Pōtae",
            "Dr James O’Connell",
            new DateOnly(2026, 3, 4), new TimeOnly(19, 30), "NZDT", MeetingMode.InPerson, 90, "Wellington"),
        AttendanceRole.Participant,
        90,
        [
            new("RACGP", "RACGP-2023", "RP", "Reviewing performance", 1.5m, "hours"),
            new("ACRRM", "ACRRM-2023", "PR", "Performance review", 1.5m, "hours"),
            new("RNZCGP", "RNZCGP-TW", "RP", "Reviewing practice", 1.5m, "credits"),
        ],
        racgpAccredited ? [new("RACGP", "1234567"), new("ACRRM", "ACR-88812")] : [new("ACRRM", "ACR-88812")],
        Certificate,
        new DateOnly(2026, 3, 5));

    public static WorkshopCertificate Workshop() => new(
        SocietyDetails.Sample,
        Member,
        new WorkshopDetails("Balint in the Blue Mountains — 2026 residential workshop", MeetingMode.InPerson,
            "Leura, NSW", "Dr Ngaio Rāwiri"),
        [
            new(new DateOnly(2026, 3, 6), new TimeOnly(9, 0), "AEDT",
                ActivityKind.WorkshopPlenary, "Opening plenary: the doctor as drug", 60, AttendanceRole.Participant),
            new(new DateOnly(2026, 3, 6), new TimeOnly(10, 30), "AEDT",
                ActivityKind.WorkshopGroup, "Small group 1", 90, AttendanceRole.Participant),
            new(new DateOnly(2026, 3, 6), new TimeOnly(14, 0), "AEDT",
                ActivityKind.WorkshopGroup, "Small group 2", 90, AttendanceRole.Participant),
            new(new DateOnly(2026, 3, 7), new TimeOnly(9, 0), "AEDT",
                ActivityKind.WorkshopPlenary, "Plenary: leading groups online", 45, AttendanceRole.Presenter),
            new(new DateOnly(2026, 3, 7), new TimeOnly(10, 0), "AEDT",
                ActivityKind.WorkshopGroup, "Small group 3", 90, AttendanceRole.CoLeader),
        ],
        [
            new("RACGP", "RACGP-2023", "EA", "Educational activities", 1.75m, "hours"),
            new("RACGP", "RACGP-2023", "RP", "Reviewing performance", 4.5m, "hours"),
            new("ACRRM", "ACRRM-2023", "EA", "Educational activities", 1.75m, "hours"),
            new("ACRRM", "ACRRM-2023", "PR", "Performance review", 4.5m, "hours"),
        ],
        [new("RACGP", "7654321")],
        Certificate with { Number = "BSANZ-2026-000418" },
        new DateOnly(2026, 3, 9));

    public static AnnualSummary Summary(int lines = 60, bool withCertificate = true,
        IReadOnlyList<NotCreditedLine>? notCredited = null)
    {
        var start = new DateOnly(2026, 1, 6);
        var statement = Enumerable.Range(1, lines)
            .Select(i => new StatementLine(
                start.AddDays(7 * (i - 1) % 350),
                $"Session {i:000} Wellington Tuesday group",
                i % 5 == 0 ? ActivityKind.WorkshopPlenary : ActivityKind.GroupMeeting,
                i % 7 == 0 ? AttendanceRole.Presenter : AttendanceRole.Participant,
                i % 9 == 0 ? 20 : 90,
                i % 5 == 0 ? "EA" : "RP",
                i % 9 == 0 ? 0 : 1.5m,
                i % 9 == 0
                    ? $"20 of 90 min is below the 30-minute minimum → no credit; why-{i:000}"
                    : $"90 of 90 min at 1 h/h → 1.5 h, rounded down to 0.25 h per line; why-{i:000}"))
            .ToList();
        return new(
            SocietyDetails.Sample,
            Member,
            "RACGP",
            new RuleSetInfo("RACGP-2023", "3", "hours"),
            new CpdPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
            statement,
            notCredited ?? [],
            [new("EA", "Educational activities", 18m), new("RP", "Reviewing performance", 61.5m),
                new("MO", "Measuring outcomes", 0m)],
            [new("Total", 50m, 79.5m), new("EA", 12.5m, 18m), new("RP", 5m, 61.5m), new("MO", 5m, 0m),
                new("RP + MO", 25m, 61.5m)],
            new DateOnly(2027, 1, 15),
            withCertificate ? Certificate with { Number = "BSANZ-2026-S-00091" } : null);
    }

    public static readonly IReadOnlyList<NotCreditedLine> ApologiesAndAbsences =
    [
        new(new DateOnly(2026, 2, 17), "Wellington Tuesday evening Balint group", ActivityKind.GroupMeeting,
            AttendanceStatus.Apology),
        new(new DateOnly(2026, 5, 12), "Wellington Tuesday evening Balint group", ActivityKind.GroupMeeting,
            AttendanceStatus.Absent),
        new(new DateOnly(2026, 9, 8), "Wellington Tuesday evening Balint group", ActivityKind.GroupMeeting,
            AttendanceStatus.Apology),
    ];
}
