namespace CpdTracker.Api.Features.Cpd;

public static class CpdEndpoints
{
    public static RouteGroupBuilder MapCpdEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/members/{id:int}/cpd").WithTags("CPD").WithAccess(Access.Self, Resource.Member).WithRequestValidation();
        group.MapGet("/", GetStatement).WithName(nameof(GetStatement));
        group.MapGet("/summary", GetSummary).WithName(nameof(GetSummary));
        group.MapGet("/interim.pdf", GetInterimPdf).WithName(nameof(GetInterimPdf)).RequireRateLimiting(RateLimitOptions.DocumentsPolicy);
        return group;
    }

    /// <summary>The statement for the period holding ?date= (default today), or the period that ends in ?year=.</summary>
    public static async Task<Results<Ok<CpdStatementResponse>, NotFound, ValidationProblem>> GetStatement(
        int id, string? college, DateOnly? date, int? year, CpdDbContext db, StatementService statements, SocietyClock clock, CancellationToken ct)
    {
        if (!CollegeCodes.IsKnown(college))
        {
            return ProblemResults.Field("college", $"college must be one of {string.Join(", ", CollegeCodes.All)}.");
        }

        if (date is not null && year is not null)
        {
            return ProblemResults.Field("year", "Give either date or year, not both.");
        }

        if (year is < 2000 or > 2100)
        {
            return ProblemResults.Field("year", "year must be between 2000 and 2100.");
        }

        if (!await db.Members.AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(year is { } y
            ? await statements.ForYearAsync(id, college!, y, ct)
            : await statements.ForDateAsync(id, college!, date ?? await clock.TodayForMemberAsync(id, ct), ct));
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

    /// <summary>The statement as a PDF marked "Interim — not a certificate"; rendered on demand, never stored.</summary>
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> GetInterimPdf(
        int id, string? college, DateOnly? date, CpdDbContext db, InterimStatements interim, SocietyClock clock, CancellationToken ct)
    {
        if (!CollegeCodes.IsKnown(college))
        {
            return ProblemResults.Field("college", $"college must be one of {string.Join(", ", CollegeCodes.All)}.");
        }

        if (!await db.Members.AnyAsync(m => m.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var today = await clock.TodayForMemberAsync(id, ct);
        var file = await interim.RenderAsync(id, college!, date ?? today, today, ct);
        return TypedResults.File(file.Bytes, "application/pdf", file.FileName);
    }
}
