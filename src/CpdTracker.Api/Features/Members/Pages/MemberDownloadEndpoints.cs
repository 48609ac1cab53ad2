using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Cpd;

namespace CpdTracker.Api.Features.Members.Pages;

/// <summary>A member's downloads as the administrator's view of their CPD links them: the same files the member's own
/// downloads give, from the same services.</summary>
public static class MemberDownloadEndpoints
{
    public static RouteGroupBuilder MapMemberDownloadEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/admin/members/{memberId:int}").ExcludeFromDescription();
        group.MapGet("/documents/{id:int}.pdf", DownloadDocument);
        group.MapGet("/cpd/{college}/interim.pdf", DownloadInterim);
        group.MapGet("/cpd/{college}/period.zip", DownloadPeriod);
        return group;
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadDocument(
        int memberId, int id, MemberDocuments documents, CancellationToken ct) =>
        await documents.PdfAsync(memberId, id, ct) is { } file
            ? TypedResults.File(file.Bytes, "application/pdf", file.FileName)
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadInterim(int memberId, string college,
        StatementService statements, InterimStatements interim, SocietyClock clock, CancellationToken ct)
    {
        if (!await MemberOfAsync(memberId, college, statements, ct))
        {
            return TypedResults.NotFound();
        }

        var today = await clock.TodayForMemberAsync(memberId, ct);
        var file = await interim.RenderAsync(memberId, college, today, today, ct);
        return TypedResults.File(file.Bytes, "application/pdf", file.FileName);
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadPeriod(int memberId, string college,
        StatementService statements, MemberDocuments documents, SocietyClock clock, CancellationToken ct)
    {
        if (!await MemberOfAsync(memberId, college, statements, ct))
        {
            return TypedResults.NotFound();
        }

        var today = await clock.TodayForMemberAsync(memberId, ct);
        var file = await documents.PeriodZipAsync(memberId, college, today, today, ct);
        return TypedResults.File(file.Bytes, "application/zip", file.FileName);
    }

    private static async Task<bool> MemberOfAsync(
        int memberId, string college, StatementService statements, CancellationToken ct) =>
        (await statements.MembershipsAsync(memberId, ct)).Any(m => m.College == college);
}
