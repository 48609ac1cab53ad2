namespace CpdTracker.Api.Features.Certificates.Pages;

/// <summary>An issued document as the administrator finds it: what, whose, and its state.</summary>
public sealed record FoundDocument(
    int Id, DocumentKind Kind, string Number, string Title, int MemberId, string MemberName, DateOnly IssueDate,
        DocumentStatus Status,
    string? SupersededByNumber, string VerificationCode, string? WithdrawnReason, string Subject);

/// <summary>Finds issued documents by number, verification code, holder or activity; corrections go through
/// DocumentCorrections.</summary>
public sealed class DocumentSearch(CpdDbContext db)
{
    public const int PageSize = 50;

    public async Task<List<FoundDocument>> FindAsync(string? text, CancellationToken ct)
    {
        var q = text?.Trim() ?? "";
        var documents = db.IssuedDocuments.AsNoTracking().Join(db.Members, d => d.MemberId, m => m.Id, (d, m) =>
            new { d, m.FullName });
        if (q.Length > 0)
        {
            var pattern = $"%{q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            documents = documents.Where(x => x.d.Number == q || x.d.VerificationCode == q
                || EF.Functions.Like(x.FullName, pattern, "\\") || EF.Functions.Like(x.d.Title, pattern, "\\"));
        }

        return await documents.OrderByDescending(x => x.d.IssuedAtUtc).ThenByDescending(x => x.d.Id).Take(PageSize)
            .Select(x => new FoundDocument(
                x.d.Id, x.d.Kind, x.d.Number, x.d.Title, x.d.MemberId, x.FullName, x.d.IssueDate, x.d.Status,
                    x.d.SupersededByNumber,
                x.d.VerificationCode, x.d.WithdrawnReason, x.d.Subject))
            .ToListAsync(ct);
    }

    public Task<FoundDocument?> GetAsync(int id, CancellationToken ct) =>
        db.IssuedDocuments.AsNoTracking().Where(d => d.Id == id).Join(db.Members, d => d.MemberId, m => m.Id, (d, m) =>
            new FoundDocument(
                d.Id, d.Kind, d.Number, d.Title, d.MemberId, m.FullName, d.IssueDate, d.Status, d.SupersededByNumber,
                    d.VerificationCode,
                d.WithdrawnReason, d.Subject))
            .FirstOrDefaultAsync(ct);

    public static string KindText(DocumentKind kind) => kind switch
    {
        DocumentKind.AttendanceCertificate => "Certificate of attendance",
        DocumentKind.WorkshopCertificate => "Workshop certificate",
        _ => "Annual CPD summary",
    };

    public static string Tag(DocumentStatus status) => status == DocumentStatus.Valid ? "done"
        : status == DocumentStatus.Superseded ? "off" : "todo";
}
