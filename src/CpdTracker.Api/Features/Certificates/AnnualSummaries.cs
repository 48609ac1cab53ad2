using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.Society;
using CpdTracker.Domain.Credit;
using CpdTracker.Reports.Documents;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Certificates;

/// <summary>Issues every member's annual summary for each college period that ended at least GraceDays ago (in the
/// member's own zone) and has none yet. Members are worked through on every core (rendering dominates), each worker
/// with its own scope.</summary>
public sealed class AnnualSummaries(
    IServiceScopeFactory scopes, CpdDbContext db, CreditPeriods periods, IOptions<CertificatesOptions> options)
{
    public async Task<int> IssueDueAsync(CancellationToken ct)
    {
        var ruleSets = await periods.RuleSetsAsync(ct);
        var members = await db.Set<CollegeMembership>()
            .AsNoTracking()
            .OrderBy(c => c.MemberId)
            .ThenBy(c => c.College)
            .ToListAsync(ct);
        var issued = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Value.SummaryWorkers > 0
                ? options.Value.SummaryWorkers
                : Environment.ProcessorCount * (db.Database.IsSqlite() ? 1 : 2),
            CancellationToken = ct,
        };
        await Parallel.ForEachAsync(members.GroupBy(m => m.MemberId).Chunk(50), parallel, async (chunk, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var issuer = ActivatorUtilities.CreateInstance<Issuer>(scope.ServiceProvider);
            foreach (var member in chunk)
            {
                var today = await issuer.TodayAsync(member.Key, token);
                var cutoff = today.AddDays(-options.Value.GraceDays);
                foreach (var membership in member)
                {
                    var facts = new MembershipFacts(membership.College, membership.MemberNumber, membership.CycleStart);
                    foreach (var due in CreditPeriods.EndedBetween(ruleSets, facts, cutoff.AddDays(-366), cutoff))
                    {
                        if (await issuer.IssueAsync(
                            member.Key, facts, due, today, due.Period.End.AddDays(options.Value.GraceDays), token))
                        {
                            Interlocked.Increment(ref issued);
                        }
                    }
                }

                // Saved documents hold their PDFs: kept tracked, each save would re-scan them all.
                issuer.Forget();
            }
        });

        return issued;
    }

    private sealed class Issuer(
        CpdDbContext db,
        StatementService statements,
        DocumentStore documents,
        SocietyClock clock,
        IssuingSociety society)
    {
        public void Forget() => db.ChangeTracker.Clear();

        public Task<DateOnly> TodayAsync(int memberId, CancellationToken ct) => clock.TodayForMemberAsync(memberId, ct);

        /// <param name="dueDate">When the summary fell due: its message is judged on this date, as a meeting's on the
        /// meeting's.</param>
        public async Task<bool> IssueAsync(
            int memberId,
            MembershipFacts membership,
            CreditPeriod due,
            DateOnly issueDate,
            DateOnly dueDate,
            CancellationToken ct)
        {
            var statement = await statements.ForPeriodAsync(memberId, membership, due, ct);
            if (statement.Lines.Count == 0)
            {
                return false;
            }

            var member = (await MemberDetailsQuery.LoadAsync(db, [memberId], ct))[memberId];
            var data = new AnnualSummaryData(
                member.FullName,
                statement.College,
                statement.RuleSetCode,
                statement.RuleSetVersion,
                statement.PeriodStart,
                statement.PeriodEnd,
                statement.Totals,
                statement.Requirements,
                statement.Lines.Count);
            var period = due.Period;
            var document = await documents.IssueAsync(
                DocumentKind.AnnualSummary,
                memberId,
                DocumentSubjects.Period(due.Rules.College, period),
                $"Annual CPD summary: {due.Rules.College}, {period.Start:d MMM yyyy} to {period.End:d MMM yyyy}",
                data,
                issueDate,
                reference => new AnnualSummaryDocument(
                    SummaryModels.From(society.Details, statement, member, issueDate, reference)).Render(),
                new DocumentNotice(dueDate, statement.Lines.Select(l => l.MeetingId).Distinct().ToList()), ct);
            return document is not null;
        }
    }
}
