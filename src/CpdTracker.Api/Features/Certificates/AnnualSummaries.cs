using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Time;
using CpdTracker.Reports.Documents;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Issues every member's annual summary for each college period that ended at least GraceDays ago and has none yet.
/// Members are worked through on every core (rendering dominates); each worker has its own scope and database context.</summary>
public sealed class AnnualSummaries(IServiceScopeFactory scopes, CpdDbContext db, RuleSetStore store, TimeProvider clock, IOptions<CertificatesOptions> options)
{
    public async Task<int> IssueDueAsync(CancellationToken ct)
    {
        var ruleSets = await store.LatestAsync(ct);
        var cutoff = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-options.Value.GraceDays);
        var members = await db.Set<CollegeMembership>().AsNoTracking().OrderBy(c => c.MemberId).ThenBy(c => c.College).ToListAsync(ct);
        var issued = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(members.Chunk(50), parallel, async (chunk, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var issuer = ActivatorUtilities.CreateInstance<Issuer>(scope.ServiceProvider);
            foreach (var membership in chunk)
            {
                var facts = new MembershipFacts(membership.College, membership.MemberNumber, membership.CycleStart);
                foreach (var (rules, period) in DuePeriods(ruleSets, facts, cutoff))
                {
                    if (await issuer.IssueAsync(membership.MemberId, rules, facts, period, token))
                    {
                        Interlocked.Increment(ref issued);
                    }
                }

                // Saved documents hold their PDFs: kept tracked, each save would re-scan them all.
                issuer.Forget();
            }
        });

        return issued;
    }

    /// <summary>The periods that ended within the year before the cutoff: a missed run is caught up by the next.</summary>
    private static IEnumerable<(RuleSet, CpdTracker.Domain.Credit.CpdPeriod)> DuePeriods(IReadOnlyList<RuleSet> ruleSets, MembershipFacts membership, DateOnly cutoff)
    {
        var seen = new HashSet<DateOnly>();
        for (var probe = cutoff; probe > cutoff.AddDays(-366); probe = probe.AddDays(-28))
        {
            if (RuleSetSelector.For(ruleSets, membership.College, probe) is not { } rules || rules.Period.Kind == PeriodKind.MemberAnniversary && membership.CycleStart is null)
            {
                continue;
            }

            var period = Periods.Containing(rules, membership, probe);
            if (period.End <= cutoff && period.End > cutoff.AddDays(-366) && rules.IsValidOn(period.Start) && seen.Add(period.End))
            {
                yield return (rules, period);
            }
        }
    }

    private sealed class Issuer(CpdDbContext db, StatementService statements, DocumentStore documents, TimeProvider clock)
    {
        public void Forget() => db.ChangeTracker.Clear();

        public async Task<bool> IssueAsync(int memberId, RuleSet rules, MembershipFacts membership, CpdTracker.Domain.Credit.CpdPeriod period, CancellationToken ct)
        {
            var statement = await statements.ForPeriodAsync(memberId, rules, membership, period, ct);
            if (statement.Lines.Count == 0)
            {
                return false;
            }

            var member = (await MemberDetailsQuery.LoadAsync(db, [memberId], ct))[memberId];
            var zone = await db.Members.Where(m => m.Id == memberId).Select(m => m.Country).FirstAsync(ct) == Country.NZ ? "Pacific/Auckland" : "Australia/Sydney";
            var issueDate = DateOnly.FromDateTime(LocalStart.ToLocal(clock.GetUtcNow().UtcDateTime, ZoneLookup.Find(zone)));
            var content = new { holder = member.FullName, statement.College, statement.RuleSetCode, statement.RuleSetVersion, statement.PeriodStart, statement.PeriodEnd, statement.Totals, statement.Requirements, lines = statement.Lines.Count };
            var document = await documents.IssueAsync(DocumentKind.AnnualSummary, memberId, $"{rules.College}:{period.Start:yyyy-MM-dd}:{period.End:yyyy-MM-dd}",
                $"Annual CPD summary: {rules.College}, {period.Start:d MMM yyyy} to {period.End:d MMM yyyy}", content, issueDate,
                reference => new AnnualSummaryDocument(SummaryModels.From(statement, member, issueDate, reference)).Render(), ct);
            return document is not null;
        }
    }
}
