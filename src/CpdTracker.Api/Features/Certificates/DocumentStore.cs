using System.Text.Json;
using CpdTracker.Reports.Documents.Models;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Issues a document at most once per content: unchanged content issues nothing, changed content supersedes the old.</summary>
public sealed class DocumentStore(CpdDbContext db, SqliteWriteGate gate, TimeProvider clock, IOptions<CertificatesOptions> options, ILogger<DocumentStore> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<IssuedDocument?> IssueAsync(DocumentKind kind, int memberId, string subject, string title, object content,
        DateOnly issueDate, Func<CertificateReference, byte[]> render, CancellationToken ct)
    {
        var data = JsonSerializer.Serialize(content, Json);
        var latest = await db.IssuedDocuments.Where(d => d.Kind == kind && d.MemberId == memberId && d.Subject == subject)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.DataJson == data)
        {
            return null;
        }

        var version = (latest?.Version ?? 0) + 1;
        var number = DocumentNumbers.Number(kind, memberId, subject, version, issueDate);
        var code = DocumentNumbers.NewVerificationCode();
        var pdf = render(new CertificateReference(number, code, options.Value.VerifyBaseUrl + code));
        var document = new IssuedDocument
        {
            Kind = kind, MemberId = memberId, Subject = subject, Version = version, Number = number, VerificationCode = code, Title = title,
            IssuedAtUtc = clock.GetUtcNow().UtcDateTime, IssueDate = issueDate, Pdf = pdf, Sha256 = DocumentNumbers.Sha256(pdf),
            DataJson = data, Status = DocumentStatus.Valid,
        };
        if (latest is not null && latest.Status == DocumentStatus.Valid)
        {
            latest.Status = DocumentStatus.Superseded;
            latest.SupersededByNumber = number;
        }

        db.IssuedDocuments.Add(document);
        try
        {
            using (await gate.EnterAsync(ct))
            {
                // Inside the gate nobody in this process can write: if another run issued a version since we looked, it wins.
                var newest = await db.IssuedDocuments.Where(d => d.Kind == kind && d.MemberId == memberId && d.Subject == subject)
                    .MaxAsync(d => (int?)d.Version, ct);
                if (newest != latest?.Version)
                {
                    db.ChangeTracker.Clear();
                    return null;
                }

                await db.SaveChangesAsync(ct);
            }

            return document;
        }
        catch (DbUpdateException e) when (e.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 })
        {
            // Another process issued this version at the same moment: the unique key kept it to one.
            logger.LogInformation("{Kind} {Subject} v{Version} for member {Member} was issued by a concurrent run.", kind, subject, version, memberId);
            db.ChangeTracker.Clear();
            return null;
        }
    }
}
