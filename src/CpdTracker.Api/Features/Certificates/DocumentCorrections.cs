using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Jobs;
using Hangfire;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>An administrator's corrections to issued documents, for the API and the pages alike: revoking one issued in
/// error, and issuing a subject's documents again after a fix (the same jobs a lock and the daily run start).</summary>
public sealed class DocumentCorrections(CpdDbContext db, UnitOfWork work, AuditLog audit, IBackgroundJobClient jobs)
{
    public async Task<Outcome<CertificateSummary>> RevokeAsync(int id, string reason, CancellationToken ct)
    {
        var document = await db.IssuedDocuments.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return Outcome<CertificateSummary>.NotFound();
        }

        if (document.Status == DocumentStatus.Revoked)
        {
            return Outcome<CertificateSummary>.Conflicted(Conflicts.Problem("Already revoked.",
                $"{document.Number} was revoked before."));
        }

        await work.SaveAsync(() =>
        {
            audit.Record(AuditEntity.Certificate, id, AuditAction.Revoked, new { document.Status },
                new { Status = DocumentStatus.Revoked }, reason);
            document.Status = DocumentStatus.Revoked;
        }, ct);
        return Outcome<CertificateSummary>.Ok(new CertificateSummary(document.Id, document.Kind, document.Number,
            document.Title, document.IssueDate, document.Status, document.SupersededByNumber, document.VerificationCode,
            document.Sha256));
    }

    /// <summary>Starts issuing the document's subject again: a meeting's or workshop's certificates, or the annual
    /// summaries due. Content unchanged since the last issue issues nothing; changed content supersedes it. Returns the
    /// background job's id.</summary>
    public async Task<Outcome<string>> ReissueAsync(int id, CancellationToken ct)
    {
        var document = await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Kind, d.Subject }).FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return Outcome<string>.NotFound();
        }

        var (kind, number) = document.Subject.Split(':') is [var k, var n] && int.TryParse(n, out var parsed)
            ? (k, parsed)
            : ("", 0);
        var meeting = kind switch
        {
            "meeting" => number,
            // A workshop's certificates are brought in line by the run of any of its sessions.
            "workshop" => await db.Meetings.Where(m => m.WorkshopId == number).OrderBy(m => m.Id).Select(m =>
                (int?)m.Id).FirstOrDefaultAsync(ct),
            _ => null,
        };
        return Outcome<string>.Ok(meeting is { } meetingId
            ? jobs.Enqueue<CertificateJob>(job => job.RunAsync(meetingId, CancellationToken.None))
            : jobs.Enqueue<AnnualSummaryJob>(job => job.RunAsync(CancellationToken.None)));
    }
}
