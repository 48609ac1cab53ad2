using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Domain.Credit;
using CpdTracker.Domain.Time;
using CpdTracker.Reports.Documents;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Issues every member's annual summary for each college period that ended at least GraceDays ago and has none yet.</summary>
public sealed class AnnualSummaries(CpdDbContext db, RuleSetStore store, StatementService statements, DocumentStore documents, TimeProvider clock, IOptions<CertificatesOptions> options)
{
    public async Task<int> IssueDueAsync(CancellationToken ct)
    {
        var ruleSets = await store.LatestAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var cutoff = today.AddDays(-options.Value.GraceDays);
        var memberships = await db.Set<CollegeMembership>().AsNoTracking().OrderBy(c => c.MemberId).ThenBy(c => c.College).ToListAsync(ct);
        var issued = 0;
        foreach (var membership in memberships)
        {
            var facts = new MembershipFacts(membership.College, membership.MemberNumber, membership.CycleStart);
            foreach (var (rules, period) in DuePeriods(ruleSets, facts, cutoff))
            {
                issued += await IssueAsync(membership.MemberId, rules, facts, period, ct) ? 1 : 0;
            }

            // Saved documents hold their PDFs: kept tracked, each save re-scans them all (quadratic time, memory grows with the run).
            db.ChangeTracker.Clear();
        }

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

    private async Task<bool> IssueAsync(int memberId, RuleSet rules, MembershipFacts membership, CpdTracker.Domain.Credit.CpdPeriod period, CancellationToken ct)
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
