namespace CpdTracker.Api.Features.Cpd;

public static class CpdEndpoints
{
    public static RouteGroupBuilder MapCpdEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/members/{id:int}/cpd").WithTags("CPD").WithAccess(Access.Self, Resource.Member)
            .WithRequestValidation();
        group.MapGet("/", GetStatement).WithName(nameof(GetStatement));
        group.MapGet("/summary", GetSummary).WithName(nameof(GetSummary));
        group.MapGet("/interim.pdf", GetInterimPdf).WithName(nameof(GetInterimPdf))
            .RequireRateLimiting(RateLimitOptions.DocumentsPolicy);
        return group;
    }

    /// <summary>The statement for the period holding ?date= (default today), or the period that ends
    /// in ?year=.</summary>
    public static async Task<Results<Ok<CpdStatementResponse>, NotFound, ValidationProblem>> GetStatement(
        int id, [AsParameters] StatementQuery query, CpdDbContext db, StatementService statements, SocietyClock clock,
        CancellationToken ct)
    {
        if (!await db.Members.AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(query.Year is { } year
            ? await statements.ForYearAsync(id, query.College!, year, ct)
            : await statements.ForDateAsync(
                id, query.College!, query.Date ?? await clock.TodayForMemberAsync(id, ct), ct));
    }

    /// <summary>One statement for each college the member belongs to, for the periods holding ?date=.</summary>
    public static async Task<Results<Ok<List<CpdStatementResponse>>, NotFound>> GetSummary(
        int id, DateOnly? date, CpdDbContext db, StatementService statements, SocietyClock clock, CancellationToken ct)
    {
        if (!await db.Members.AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var on = date ?? await clock.TodayForMemberAsync(id, ct);
        var result = new List<CpdStatementResponse>();
        foreach (var membership in await statements.MembershipsAsync(id, ct))
        {
            result.Add(await statements.ForDateAsync(id, membership.College, on, ct));
        }

        return TypedResults.Ok(result);
    }

    /// <summary>The statement as a PDF marked "Interim — not a certificate"; rendered on demand,
    /// never stored.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetInterimPdf(
        int id, [AsParameters] StatementQuery query, CpdDbContext db, InterimStatements interim, SocietyClock clock,
        CancellationToken ct)
    {
        if (!await db.Members.AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var today = await clock.TodayForMemberAsync(id, ct);
        var file = await interim.RenderAsync(id, query.College!, query.Date ?? today, today, ct);
        return TypedResults.File(file.Bytes, "application/pdf", file.FileName);
    }
}
