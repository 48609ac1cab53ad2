using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.Cpd;

public sealed record CpdStatementResponse(
    int MemberId, string College, string RuleSetCode, int RuleSetVersion, string Unit,
    DateOnly PeriodStart, DateOnly PeriodEnd,
    IReadOnlyList<CreditLine> Lines, IReadOnlyDictionary<string, decimal> Totals,
    IReadOnlyList<RequirementResult> Requirements,
    IReadOnlyDictionary<string, string> CategoryNames, int OpenRegisters)
{
    public static CpdStatementResponse From(int memberId, RuleSet rules, CreditStatement s, int open) => new(
        memberId, s.College, s.RuleSetCode, s.RuleSetVersion, s.Unit, s.Period.Start, s.Period.End,
        s.Lines, s.Totals, s.Requirements, rules.CategoryNames, open);
}

/// <summary>Finds the member's membership and the rule set and period (one selection, <see cref="CreditPeriods"/>),
/// then runs the engine over the member's locked attendance (one query, <see cref="AttendanceFactsQuery"/>).</summary>
public sealed class StatementService(CpdDbContext db, CreditPeriods periods)
{
    public async Task<CpdStatementResponse> ForDateAsync(
        int memberId, string college, DateOnly date, CancellationToken ct)
    {
        var membership = await MembershipAsync(memberId, college, ct);
        return await ForPeriodAsync(
            memberId, membership, CreditPeriods.RequireHolding(await periods.RuleSetsAsync(ct), membership, date), ct);
    }

    public async Task<CpdStatementResponse> ForYearAsync(int memberId, string college, int year, CancellationToken ct)
    {
        var membership = await MembershipAsync(memberId, college, ct);
        return await ForPeriodAsync(
            memberId, membership, CreditPeriods.RequireEndingIn(await periods.RuleSetsAsync(ct), membership, year), ct);
    }

    public async Task<CpdStatementResponse> ForPeriodAsync(
        int memberId, MembershipFacts membership, CreditPeriod selected, CancellationToken ct)
    {
        var facts = await AttendanceFactsQuery.LoadAsync(db, memberId, selected.Rules.College, selected.Period, ct);
        return CpdStatementResponse.From(memberId, selected.Rules,
            CreditEngine.Compute(selected.Rules, membership, selected.Period, facts.Facts), facts.OpenRegisters);
    }

    public async Task<IReadOnlyList<MembershipFacts>> MembershipsAsync(int memberId, CancellationToken ct) =>
        await db.Set<CollegeMembership>().AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.College)
            .Select(c => new MembershipFacts(c.College, c.MemberNumber, c.CycleStart)).ToListAsync(ct);

    private async Task<MembershipFacts> MembershipAsync(int memberId, string college, CancellationToken ct) =>
        (await MembershipsAsync(memberId, ct)).FirstOrDefault(m => m.College == college)
            ?? throw new DomainException(
                "college", $"Member {memberId} has no {college} membership, so there is no {college} statement.");
}
