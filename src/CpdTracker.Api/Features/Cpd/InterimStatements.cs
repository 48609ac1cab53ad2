using CpdTracker.Api.Features.Certificates;
using CpdTracker.Reports.Documents;

namespace CpdTracker.Api.Features.Cpd;

public sealed record RenderedFile(byte[] Bytes, string FileName);

/// <summary>A statement as a PDF marked "Interim — not a certificate": rendered on demand, never stored.</summary>
public sealed class InterimStatements(CpdDbContext db, StatementService statements, Society.IssuingSociety society)
{
    public async Task<RenderedFile> RenderAsync(
        int memberId, string college, DateOnly date, DateOnly today, CancellationToken ct) =>
        await RenderAsync(await statements.ForDateAsync(memberId, college, date, ct), today, ct);

    public async Task<RenderedFile> RenderAsync(CpdStatementResponse statement, DateOnly today, CancellationToken ct)
    {
        var member = (await MemberDetailsQuery.LoadAsync(db, [statement.MemberId], ct))[statement.MemberId];
        var pdf = new InterimStatementDocument(SummaryModels.From(society.Details, statement, member, today)).Render();
        return new RenderedFile(pdf, $"interim-{statement.College}-{statement.PeriodStart:yyyy-MM-dd}.pdf");
    }
}
