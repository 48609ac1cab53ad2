using System.Globalization;
using System.IO.Compression;
using CpdTracker.Api.Features.Cpd;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>The local dates a document covers; an annual summary also names its college.</summary>
public sealed record DocumentCovers(DateOnly? From, DateOnly? To, string? College = null);

/// <summary>An issued document as its holder sees it in a list.</summary>
public sealed record MemberDocument(
    int Id,
    DocumentKind Kind,
    string Number,
    string Title,
    DateOnly IssueDate,
    DocumentStatus Status,
    string? SupersededByNumber,
    DocumentCovers Covers);

/// <summary>A member's own documents: the list, one PDF, and everything for one college period as a ZIP.</summary>
public sealed class MemberDocuments(CpdDbContext db, StatementService statements, InterimStatements interim)
{
    public async Task<List<MemberDocument>> ListAsync(int memberId, CancellationToken ct)
    {
        var rows = await db.IssuedDocuments.AsNoTracking().Where(d => d.MemberId == memberId)
            .OrderByDescending(d => d.IssueDate).ThenByDescending(d => d.Id)
            .Select(d => new
            {
                d.Id,
                d.Kind,
                d.Number,
                d.Title,
                d.IssueDate,
                d.Status,
                d.SupersededByNumber,
                d.Subject,
            })
            .ToListAsync(ct);
        var spans = await SpansAsync(rows.Select(r => r.Subject), ct);
        return rows.Select(r => new MemberDocument(
                r.Id,
                r.Kind,
                r.Number,
                r.Title,
                r.IssueDate,
                r.Status,
                r.SupersededByNumber,
                spans[r.Subject]))
            .ToList();
    }

    /// <summary>The frozen PDF of one of the member's own documents; another member's is not found.</summary>
    public async Task<RenderedFile?> PdfAsync(int memberId, int documentId, CancellationToken ct) =>
        await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == documentId && d.MemberId == memberId)
            .Select(d => new RenderedFile(d.Pdf, d.Number + ".pdf")).FirstOrDefaultAsync(ct);

    /// <summary>The current documents covering the college period that holds the date (its certificates and its own
    /// annual summary; superseded and revoked ones left out), with the interim statement for the period.</summary>
    public async Task<RenderedFile> PeriodZipAsync(
        int memberId, string college, DateOnly date, DateOnly today, CancellationToken ct)
    {
        var statement = await statements.ForDateAsync(memberId, college, date, ct);
        var (start, end) = (statement.PeriodStart, statement.PeriodEnd);
        var inPeriod = (await ListAsync(memberId, ct))
            .Where(d => d.Status == DocumentStatus.Valid
                && d.Covers.From <= end
                && d.Covers.To >= start
                && (d.Covers.College is null || d.Covers.College == college))
            .Select(d => d.Id)
            .ToList();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var id in inPeriod)
            {
                var file = (await PdfAsync(memberId, id, ct))!;
                await AddAsync(zip, file, ct);
            }

            await AddAsync(zip, await interim.RenderAsync(statement, today, ct), ct);
        }

        return new RenderedFile(buffer.ToArray(), $"cpd-{college}-{start:yyyy-MM-dd}-to-{end:yyyy-MM-dd}.zip");
    }

    private static async Task AddAsync(ZipArchive zip, RenderedFile file, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(file.FileName, CompressionLevel.Optimal).OpenAsync(ct);
        await entry.WriteAsync(file.Bytes, ct);
    }

    /// <summary>Subjects name what a document covers: "meeting:12", "workshop:3" or
    /// "RACGP:2026-01-01:2026-12-31".</summary>
    private async Task<Dictionary<string, DocumentCovers>> SpansAsync(
        IEnumerable<string> subjects, CancellationToken ct)
    {
        var distinct = subjects.Distinct().ToList();
        var meetingIds = Ids(distinct, "meeting:");
        var workshopIds = Ids(distinct, "workshop:");
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => meetingIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.LocalDate, ct);
        var workshops = (await db.Meetings.AsNoTracking()
                .Where(m => m.WorkshopId != null && workshopIds.Contains(m.WorkshopId.Value))
                .Select(m => new { WorkshopId = m.WorkshopId!.Value, m.LocalDate })
                .ToListAsync(ct))
            .GroupBy(m => m.WorkshopId)
            .ToDictionary(g => g.Key, g => (g.Min(m => m.LocalDate), g.Max(m => m.LocalDate)));
        var spans = new Dictionary<string, DocumentCovers>();
        foreach (var subject in distinct)
        {
            var parts = subject.Split(':');
            spans[subject] = parts switch
            {
                ["meeting", var id]
                    when meetings.TryGetValue(int.Parse(id, CultureInfo.InvariantCulture), out var day) =>
                    new(day, day),
                ["workshop", var id]
                    when workshops.TryGetValue(int.Parse(id, CultureInfo.InvariantCulture), out var span) =>
                    new(span.Item1, span.Item2),
                [var college, var from, var to] => new(Date(from), Date(to), college),
                _ => new(null, null),
            };
        }

        return spans;
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<int> Ids(IEnumerable<string> subjects, string prefix) =>
        subjects.Where(s => s.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(s[prefix.Length..], out _))
            .Select(s => int.Parse(s[prefix.Length..], CultureInfo.InvariantCulture)).ToList();
}
