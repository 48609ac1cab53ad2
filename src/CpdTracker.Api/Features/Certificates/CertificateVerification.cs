using System.Security.Cryptography;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>What anyone holding a document may learn from its code: the endpoint and the page both ask here.</summary>
public sealed class CertificateVerification(CpdDbContext db)
{
    public const string NotTheIssuedFile = "not-the-issued-file";

    /// <summary>The document with this code, or null; with a SHA-256 of the file in hand, an edited file is never
    /// reported as the valid one.</summary>
    public async Task<VerificationResponse?> FindAsync(string code, string? sha256, CancellationToken ct)
    {
        var normalised = Normalise(code);
        var found = await db.IssuedDocuments.AsNoTracking().Where(d => d.VerificationCode == normalised)
            .Join(db.Members, d => d.MemberId, m => m.Id, (d, m) => new
            {
                d.Number,
                d.Kind,
                d.Title,
                d.IssueDate,
                d.Status,
                d.SupersededByNumber,
                d.Sha256,
                d.DataJson,
                m.FullName,
            })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        bool? matches = sha256 is null
            ? null
            : string.Equals(sha256.Trim(), found.Sha256, StringComparison.OrdinalIgnoreCase);
        var status = matches == false ? NotTheIssuedFile : found.Status.ToString().ToLowerInvariant();
        return new VerificationResponse(
            normalised,
            status,
            found.Number,
            found.Kind,
            found.FullName,
            found.Title,
            found.IssueDate,
            found.SupersededByNumber,
            found.Sha256,
            matches,
            VerifiedContent.From(found.Kind, found.DataJson));
    }

    /// <summary>Codes use Crockford's alphabet: a hand-typed O, I or L means 0, 1 and 1.</summary>
    public static string Normalise(string code) =>
        code.Trim().ToUpperInvariant().Replace('O', '0').Replace('I', '1').Replace('L', '1');

    public static async Task<string> Sha256Async(Stream file, CancellationToken ct) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
}
