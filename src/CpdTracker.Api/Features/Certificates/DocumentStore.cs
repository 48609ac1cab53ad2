using System.Text.Json;
using System.Text.Json.Serialization;
using CpdTracker.Reports.Documents.Models;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Issues a document at most once per content: unchanged content issues nothing, changed content supersedes
/// the old, and a document its subject no longer earns is withdrawn. A document issued is announced to its holder in
/// the same transaction.</summary>
public sealed class DocumentStore(
    CpdDbContext db,
    UnitOfWork work,
    TimeProvider clock,
    Audit.AuditLog audit,
    CertificateMail mail,
    IOptions<CertificatesOptions> options,
    ILogger<DocumentStore> logger)
{
    private const int Attempts = 3;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<IssuedDocument?> IssueAsync<TData>(
        DocumentKind kind,
        int memberId,
        string subject,
        string title,
        TData content,
        DateOnly issueDate,
        Func<CertificateReference, byte[]> render,
        DocumentNotice notice,
        CancellationToken ct)
        where TData : notnull
    {
        var data = JsonSerializer.Serialize(content, Json);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var latest = await Latest(kind, memberId, subject).FirstOrDefaultAsync(ct);
            if (latest is not null && latest.DataJson == data && latest.Status != DocumentStatus.Withdrawn)
            {
                return null;
            }

            var document = New(kind, memberId, subject, title, data, (latest?.Version ?? 0) + 1, issueDate, render);
            var replaced = latest is { Status: DocumentStatus.Valid }
                ? new ReplacedDocument(latest.Number, latest.DataJson)
                : null;
            if (replaced is not null)
            {
                latest!.Status = DocumentStatus.Superseded;
                latest.SupersededByNumber = document.Number;
            }

            db.IssuedDocuments.Add(document);
            try
            {
                return await SaveUnlessIssuedMeanwhileAsync(
                    document, latest?.Version, () => mail.AnnounceAsync(document, replaced, content, notice, ct), ct)
                    ? document
                    : null;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (await db.IssuedDocuments.AnyAsync(
                    d => d.Kind == kind
                        && d.MemberId == memberId
                        && d.Subject == subject
                        && d.Version == document.Version,
                    ct))
                {
                    logger.LogInformation(
                        "{Kind} {Subject} v{Version} for member {Member} was issued by a concurrent run.",
                        kind,
                        subject,
                        document.Version,
                        memberId);
                    return null;
                }

                if (!await db.IssuedDocuments.AnyAsync(
                    d => d.Number == document.Number || d.VerificationCode == document.VerificationCode, ct))
                {
                    throw;
                }

                logger.LogWarning(
                    "Number {Number} or code {Code} was already taken; drawing new ones.",
                    document.Number,
                    document.VerificationCode);
            }
        }

        throw new InvalidOperationException(
            $"No free document number was drawn in {Attempts} attempts for {kind} {subject}.");
    }

    /// <summary>Withdraws the valid documents of a subject held by anyone not in <paramref name="earnedBy"/>; returns
    /// how many.</summary>
    public async Task<int> WithdrawAsync(
        DocumentKind kind, string subject, IReadOnlyCollection<int> earnedBy, string reason, CancellationToken ct)
    {
        var withdrawn = 0;
        await work.SaveAsync(async () =>
        {
            var stale = await db.IssuedDocuments
                .Where(d => d.Kind == kind
                    && d.Subject == subject
                    && d.Status == DocumentStatus.Valid
                    && !earnedBy.Contains(d.MemberId))
                .ToListAsync(ct);
            foreach (var document in stale)
            {
                audit.Record(
                    AuditEntity.Certificate,
                    document.Id,
                    AuditAction.Withdrawn,
                    new { document.Status },
                    new { Status = DocumentStatus.Withdrawn },
                    reason,
                    actor: "system");
                document.Status = DocumentStatus.Withdrawn;
                document.WithdrawnReason = reason;
            }

            withdrawn = stale.Count;
            return true;
        }, ct);
        db.ChangeTracker.Clear();
        return withdrawn;
    }

    private IQueryable<IssuedDocument> Latest(DocumentKind kind, int memberId, string subject) =>
        db.IssuedDocuments.Where(d => d.Kind == kind && d.MemberId == memberId && d.Subject == subject)
            .OrderByDescending(d => d.Version);

    private IssuedDocument New(
        DocumentKind kind,
        int memberId,
        string subject,
        string title,
        string data,
        int version,
        DateOnly issueDate,
        Func<CertificateReference, byte[]> render)
    {
        var number = DocumentNumbers.NewNumber(kind, issueDate);
        var code = DocumentNumbers.NewVerificationCode();
        var pdf = render(new CertificateReference(number, code, options.Value.VerifyBaseUrl + code));
        return new IssuedDocument
        {
            Kind = kind,
            MemberId = memberId,
            Subject = subject,
            Version = version,
            Number = number,
            VerificationCode = code,
            Title = title,
            IssuedAtUtc = clock.GetUtcNow().UtcDateTime,
            IssueDate = issueDate,
            Pdf = pdf,
            Sha256 = DocumentNumbers.Sha256(pdf),
            DataJson = data,
            Status = DocumentStatus.Valid,
        };
    }

    // Another run may have issued a version since we looked: it wins, and this run issues nothing (nor announces
    // anything).
    private Task<bool> SaveUnlessIssuedMeanwhileAsync(
        IssuedDocument document, int? readVersion, Func<Task> announce, CancellationToken ct) =>
        work.SaveAsync(async () =>
        {
            if (await Latest(document.Kind, document.MemberId, document.Subject)
                .Select(d => (int?)d.Version)
                .FirstOrDefaultAsync(ct) != readVersion)
            {
                return false;
            }

            // Saved first for its id, which the message refers to; both commit together.
            await db.SaveChangesAsync(ct);
            await announce();
            return true;
        }, ct);
}
