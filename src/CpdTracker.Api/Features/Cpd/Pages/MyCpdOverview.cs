using CpdTracker.Api.Features.Certificates;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.Cpd.Pages;

/// <summary>One college of the member: the statement of the period holding today, or why there is none.</summary>
public sealed record CollegeStatement(
    string College, string MemberNumber, CpdStatementResponse? Statement, string? Problem);

/// <summary>An attended meeting whose register is still open, so it earns nothing yet.</summary>
public sealed record OpenRegister(string Title, DateTime StartsAtUtc, string TimeZone);

public sealed record MyCpdView(
    string FullName, DateOnly Today, IReadOnlyList<CollegeStatement> Colleges,
    IReadOnlyList<OpenRegister> OpenRegisters, IReadOnlyList<MemberDocument> Documents);

/// <summary>Everything the My CPD page shows, from the services the API's statement and certificate
/// endpoints use.</summary>
public sealed class MyCpdOverview(
    CpdDbContext db, StatementService statements, MemberDocuments documents, SocietyClock clock)
{
    public async Task<MyCpdView?> LoadAsync(int memberId, CancellationToken ct)
    {
        var name = await db.Members.Where(m => m.Id == memberId).Select(m => m.FullName).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }

        var today = await clock.TodayForMemberAsync(memberId, ct);
        var colleges = new List<CollegeStatement>();
        foreach (var membership in await statements.MembershipsAsync(memberId, ct))
        {
            colleges.Add(await StatementAsync(memberId, membership, today, ct));
        }

        var open = await db.Attendances.AsNoTracking().Where(a => a.MemberId == memberId)
            .Join(db.Meetings.Where(m => m.Status == MeetingStatus.Scheduled), a => a.MeetingId, m => m.Id, (a, m) => m)
            .OrderBy(m => m.StartsAtUtc)
            .Select(m => new OpenRegister(m.Title, m.StartsAtUtc, m.TimeZone)).ToListAsync(ct);
        return new MyCpdView(name, today, colleges, open, await documents.ListAsync(memberId, ct));
    }

    private async Task<CollegeStatement> StatementAsync(
        int memberId, MembershipFacts membership, DateOnly today, CancellationToken ct)
    {
        try
        {
            return new(membership.College, membership.MemberNumber,
                await statements.ForDateAsync(memberId, membership.College, today, ct), null);
        }
        catch (Exception e) when (e is DomainException or CreditRuleException)
        {
            return new(membership.College, membership.MemberNumber, null, e.Message);
        }
    }
}
