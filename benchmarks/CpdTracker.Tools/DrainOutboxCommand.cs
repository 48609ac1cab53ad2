using System.Diagnostics;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Email;
using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Tools;

/// <summary>Queues N certificate emails in a fresh database (N members, each with a rendered certificate, the PDF
/// attached at send time) and drains them through OutboxSender (the send job's code) to an SMTP server on loopback:
/// time and peak memory.</summary>
public static class DrainOutboxCommand
{
    public static async Task<int> RunAsync(string database, int messages, int port, int senders, CancellationToken ct)
    {
        if (File.Exists(database))
        {
            Console.Error.WriteLine($"{database} exists; drain-outbox writes only into a fresh file.");
            return 1;
        }

        // Port 0: no SMTP server, each message to the pickup folder beside the database (the embedded default).
        using var host = ToolHost.Build(database, FixedClock.Reference, port == 0 ? [] :
            [
                new("Email:Smtp:Host", "127.0.0.1"),
                new("Email:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Email:Smtp:StartTls", "false"),
            ]);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await QueueAsync(scope.ServiceProvider, messages, ct);
        }

        GC.Collect();
        var before = PeakResidentMb(reset: true);
        var watch = Stopwatch.StartNew();
        var sent = await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(ct);
        }));
        var elapsed = watch.Elapsed;
        Console.WriteLine($"{sent.Sum()} of {messages} messages sent by {senders} sender(s) in " +
            $"{elapsed.TotalSeconds:F2} s ({sent.Sum() / elapsed.TotalSeconds:F0}/s); " +
            $"peak RSS during the drain {PeakResidentMb(reset: false)} MB (after queueing {before} MB); " +
            $"managed heap at end {GC.GetTotalMemory(false) / 1_048_576} MB.");
        return sent.Sum() == messages ? 0 : 1;
    }

    private static async Task QueueAsync(IServiceProvider services, int messages, CancellationToken ct)
    {
        var db = services.GetRequiredService<CpdDbContext>();
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        var outbox = services.GetRequiredService<Outbox>();
        var issueDate = DateOnly.FromDateTime(FixedClock.Reference.GetUtcNow().UtcDateTime);
        var activity = new ActivityDetails(
            "Wellington Tuesday evening Balint group",
            CpdTracker.Domain.Meetings.ActivityKind.GroupMeeting,
            "Dr Aroha Pōtae",
            null,
            issueDate.AddDays(-1),
            new TimeOnly(19, 30),
            "NZDT",
            MeetingMode.InPerson,
            90,
            "Wellington");
        CpdTracker.Reports.Documents.Models.CreditLine[] credits =
            [new("RACGP", "RACGP-2023", "RP", "Reviewing performance", 1.5m, "hours")];
        for (var i = 1; i <= messages; i++)
        {
            var member = new Member { FullName = $"Dr Member {i}", Email = $"member{i}@bench.example" };
            db.Members.Add(member);
            await db.SaveChangesAsync(ct);
            var number = $"AC-2026-{i:00000}";
            var reference =
                new CertificateReference(number, $"CODE{i:00000}", $"https://cpd.example/verify/CODE{i:00000}");
            var pdf = new AttendanceCertificateDocument(new AttendanceCertificate(
                SocietyDetails.Sample,
                new MemberDetails(member.FullName, "General practitioner", []),
                activity,
                AttendanceRole.Participant,
                90,
                credits,
                [],
                reference,
                issueDate)).Render();
            var data = new AttendanceCertificateData(
                member.FullName, 1, activity, 90, AttendanceRole.Participant, credits, []);
            var document = new IssuedDocument
            {
                Kind = DocumentKind.AttendanceCertificate,
                MemberId = member.Id,
                Subject = "meeting:1",
                Version = 1,
                Number = number,
                VerificationCode = reference.VerificationCode,
                Title = $"Certificate of attendance: {activity.GroupName}",
                IssueDate = issueDate,
                Pdf = pdf,
                Sha256 = "",
                DataJson = "{}",
                Status = DocumentStatus.Valid,
            };
            db.IssuedDocuments.Add(document);
            await db.SaveChangesAsync(ct);
            var (subject, body) = CertificateMessages.Write(
                member.FullName, document, null, data, null, reference.VerifyUrl, SocietyDetails.Sample.Name);
            outbox.Add(new Mail(
                MessageKind.Document,
                number,
                member.Email,
                member.FullName,
                subject,
                body,
                DocumentId: document.Id,
                Attach: true));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    // VmHWM is the process's peak resident set; writing 5 to clear_refs starts it again from the current size (Linux).
    private static long PeakResidentMb(bool reset)
    {
        if (reset)
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }

        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(
            line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
