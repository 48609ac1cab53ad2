using CpdTracker.Api.Features.Cpd;

namespace CpdTracker.Api.Features.Certificates.Pages;

/// <summary>Downloads for the signed-in member's pages, under the pages' cookie: only the member's own documents exist
/// here.</summary>
public static class MyDownloadEndpoints
{
    public static RouteGroupBuilder MapMyDownloadEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/my").ExcludeFromDescription();
        group.MapGet("/documents/{id:int}.pdf", DownloadDocument);
        group.MapGet("/cpd/{college}/interim.pdf", DownloadInterim);
        group.MapGet("/cpd/{college}/period.zip", DownloadPeriod);
        return group;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadDocument(
        int id, CurrentUser me, MemberDocuments documents, CancellationToken ct) =>
        me.MemberId is { } memberId && await documents.PdfAsync(memberId, id, ct) is { } file
            ? TypedResults.File(file.Bytes, "application/pdf", file.FileName)
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadInterim(
        string college,
        DateOnly? date,
        CurrentUser me,
        StatementService statements,
        InterimStatements interim,
        SocietyClock clock,
        CancellationToken ct)
    {
        if (await MemberOfAsync(me, college, statements, ct) is not { } memberId)
        {
            return TypedResults.NotFound();
        }

        var today = await clock.TodayForMemberAsync(memberId, ct);
        var file = await interim.RenderAsync(memberId, college, date ?? today, today, ct);
        return TypedResults.File(file.Bytes, "application/pdf", file.FileName);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadPeriod(
        string college,
        DateOnly? date,
        CurrentUser me,
        StatementService statements,
        MemberDocuments documents,
        SocietyClock clock,
        CancellationToken ct)
    {
        if (await MemberOfAsync(me, college, statements, ct) is not { } memberId)
        {
            return TypedResults.NotFound();
        }

        var today = await clock.TodayForMemberAsync(memberId, ct);
        var file = await documents.PeriodZipAsync(memberId, college, date ?? today, today, ct);
        return TypedResults.File(file.Bytes, "application/zip", file.FileName);
    }

    private static async Task<int?> MemberOfAsync(
        CurrentUser me, string college, StatementService statements, CancellationToken ct) =>
        me.MemberId is { } memberId && (await statements.MembershipsAsync(memberId, ct)).Any(m => m.College == college)
            ? memberId
            : null;
}
