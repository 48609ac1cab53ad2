using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Domain.Credit;

namespace CpdTracker.Api.Features.Cpd;

public sealed record CpdStatementResponse(
    int MemberId, string College, string RuleSetCode, int RuleSetVersion, string Unit, DateOnly PeriodStart, DateOnly PeriodEnd,
    IReadOnlyList<CreditLine> Lines, IReadOnlyDictionary<string, decimal> Totals, IReadOnlyList<RequirementResult> Requirements,
    IReadOnlyDictionary<string, string> CategoryNames, int OpenRegisters)
{
    public static CpdStatementResponse From(int memberId, RuleSet rules, CreditStatement s, int open) => new(memberId, s.College, s.RuleSetCode,
        s.RuleSetVersion, s.Unit, s.Period.Start, s.Period.End, s.Lines, s.Totals, s.Requirements, rules.CategoryNames, open);
}

/// <summary>Finds the member's membership and the rule set in force, then runs the engine over the member's locked attendance.</summary>
public sealed class StatementService(CpdDbContext db, RuleSetStore store)
{
    public async Task<CpdStatementResponse> ForDateAsync(int memberId, string college, DateOnly date, CancellationToken ct)
    {
        var (rules, membership) = await ResolveAsync(memberId, college, date, ct);
        return await RunAsync(memberId, rules, membership, Periods.Containing(rules, membership, date), ct);
    }

    public async Task<CpdStatementResponse> ForYearAsync(int memberId, string college, int year, CancellationToken ct)
    {
        var (rules, membership) = await ResolveAsync(memberId, college, new DateOnly(year, 12, 31), ct);
        return await RunAsync(memberId, rules, membership, Periods.EndingIn(rules, membership, year), ct);
    }

    public async Task<CpdStatementResponse> ForPeriodAsync(int memberId, RuleSet rules, MembershipFacts membership, CpdPeriod period, CancellationToken ct) =>
        await RunAsync(memberId, rules, membership, period, ct);

    public async Task<IReadOnlyList<MembershipFacts>> MembershipsAsync(int memberId, CancellationToken ct) =>
        await db.Set<CollegeMembership>().AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.College)
            .Select(c => new MembershipFacts(c.College, c.MemberNumber, c.CycleStart)).ToListAsync(ct);

    private async Task<(RuleSet, MembershipFacts)> ResolveAsync(int memberId, string college, DateOnly date, CancellationToken ct)
    {
        var membership = (await MembershipsAsync(memberId, ct)).FirstOrDefault(m => m.College == college)
            ?? throw new DomainException("college", $"Member {memberId} has no {college} membership, so there is no {college} statement.");
        var rules = RuleSetSelector.For(await store.LatestAsync(ct), college, date)
            ?? throw new DomainException("date", $"No {college} rule set is in force on {date:yyyy-MM-dd}.");
        return (rules, membership);
    }

    private async Task<CpdStatementResponse> RunAsync(int memberId, RuleSet rules, MembershipFacts membership, CpdPeriod period, CancellationToken ct)
    {
        if (!rules.IsValidOn(period.Start) || !rules.IsValidOn(period.End))
        {
            throw new DomainException("date", $"The {rules.College} period {period} is not wholly inside rule set {rules.Code}.");
        }

        var facts = await AttendanceFactsQuery.LoadAsync(db, memberId, rules.College, period, ct);
        return CpdStatementResponse.From(memberId, rules, CreditEngine.Compute(rules, membership, period, facts.Facts), facts.OpenRegisters);
    }
}
