using CpdTracker.Api.Data;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Scaling;

/// <summary>Two API instances on one PostgreSQL database, each with its own Hangfire server on the shared queue: what
/// one instance writes the other sees, a conflict is a 409 whichever instance took it, and no job's work is done
/// twice.</summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private readonly CpdTrackerApplication _first = new() { KeepDatabase = true };
    private CpdTrackerApplication _second = null!;
    private Society _one = null!;
    private Society _two = null!;

    public async Task InitializeAsync()
    {
        _one = new Society(await _first.CreateAdminClientAsync());
        _second = new CpdTrackerApplication { DatabaseFile = _first.DatabaseFile };
        _two = new Society(await _second.CreateAdminClientAsync());
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [PostgreSqlFact]
    public async Task ConcurrentRegisterSavesThroughBothInstancesLeaveOneWinnerOneConflictAndNothingLost()
    {
        var leader = await _one.AddMember("Leader");
        var members = new[] { await _one.AddMember("Ana"), await _one.AddMember("Ben"), await _one.AddMember("Cy") };
        var meetings = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            var group = await _one.AddGroup(leader, members);
            meetings.Add((await _one.ScheduleMeeting(group, $"2026-11-{10 + i}T19:00")).Id);
        }

        foreach (var meeting in meetings)
        {
            var version = (await _two.ReadRegister(meeting)).Version;
            var results = await Task.WhenAll(
                _one.Client.SendAsync(Save(meeting, version, members, "Present")),
                _two.Client.SendAsync(Save(meeting, version, members, "Apology")));

            Assert.Equal(
                [HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order().ToArray());
            var won = results[0].StatusCode == HttpStatusCode.OK ? AttendanceStatus.Present : AttendanceStatus.Apology;
            var winner = await results.Single(r => r.StatusCode == HttpStatusCode.OK)
                .ReadAs<RegisterResponse>(HttpStatusCode.OK);
            var stored = await _two.ReadRegister(meeting);
            Assert.Equal(winner.Version, stored.Version);
            Assert.Equal(
                winner.Entries.Select(e => (e.MemberId, e.Status)).Order(),
                stored.Entries.Select(e => (e.MemberId, e.Status)).Order());
            Assert.All(members, m => Assert.Equal(won, stored.Entries.Single(e => e.MemberId == m).Status));
        }
    }

    [PostgreSqlFact]
    public async Task LocksThroughBothInstancesIssueEveryCertificateExactlyOnce()
    {
        var leader = await _one.AddMember(
            "Leader", "Psychiatrist", "AU", new { college = "RANZCP", memberNumber = "RP-1" });
        var gps = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            gps.Add(await _one.AddMember($"Dr GP {i}", "GP", "AU", new { college = "RACGP", memberNumber = $"55{i}" }));
        }

        var group = await _one.AddGroup(leader, [.. gps]);
        var meetings = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var meeting = (await _one.ScheduleMeeting(group, $"2026-10-{10 + i}T19:00")).Id;
            var entries = gps.Select(m => (object)new { memberId = m, status = "Present" }).ToArray();
            await (await _one.SaveRegister(meeting, entries)).ReadJson(HttpStatusCode.OK);
            meetings.Add(meeting);
        }

        // Each meeting locked through both instances at once: one lock wins, and both instances' job servers share the
        // queue.
        var locks = await Task.WhenAll(meetings.SelectMany(m => new[]
        {
            _one.Client.PostAsync($"/api/meetings/{m}/lock", null),
            _two.Client.PostAsync($"/api/meetings/{m}/lock", null),
        }));
        Assert.All(locks, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        await WaitForBothAsync();
        await RunReconciliationOnBothAsync();

        var issued = await IssuedAsync(DocumentKind.AttendanceCertificate);
        Assert.Equal(issued.Count, issued.Distinct().Count());
        Assert.All(gps, gp => Assert.Equal(meetings.Count, issued.Count(d => d.Member == gp)));
    }

    [PostgreSqlFact]
    public async Task TheSummaryJobTriggeredOnBothInstancesAtOnceIssuesEachSummaryOnce()
    {
        var leader = await _one.AddMember("Leader");
        var gps = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            gps.Add(await _one.AddMember($"Dr GP {i}", "GP", "AU", new { college = "RACGP", memberNumber = $"66{i}" }));
        }

        var group = await _one.AddGroup(leader, [.. gps]);
        foreach (var date in new[] { "2025-03-05", "2025-09-10" })
        {
            var meeting = (await _one.ScheduleMeeting(group, $"{date}T19:00")).Id;
            var entries = gps.Select(m => (object)new { memberId = m, status = "Present" }).ToArray();
            await (await _one.SaveRegister(meeting, entries)).ReadJson(HttpStatusCode.OK);
            await _one.Lock(meeting);
        }

        await WaitForBothAsync();
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            _one.Client.PostAsync("/api/summaries/run", null),
            _two.Client.PostAsync("/api/summaries/run", null),
        }));
        Assert.All(runs, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        await WaitForBothAsync();

        var summaries = await IssuedAsync(DocumentKind.AnnualSummary);
        Assert.Equal(summaries.Count, summaries.Distinct().Count());
        Assert.All(gps, gp => Assert.Single(summaries, d => d.Member == gp));
    }

    private static HttpRequestMessage Save(int meeting, Guid version, int[] members, string status) =>
        new(HttpMethod.Put, $"/api/meetings/{meeting}/attendance")
        {
            Content = JsonContent.Create(new { entries = members.Select(m => new { memberId = m, status }).ToArray() }),
            Headers = { { "If-Match", $"\"{version}\"" } },
        };

    private async Task WaitForBothAsync()
    {
        // The queue is shared: idle twice in a row on both means no instance is still working on something.
        for (var i = 0; i < 2; i++)
        {
            await _first.WaitForJobsAsync(60);
            await _second.WaitForJobsAsync(60);
        }
    }

    private async Task RunReconciliationOnBothAsync()
    {
        await Task.WhenAll(new[] { _first, _second }.Select(async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Api.Jobs.ReconciliationJob>().RunAsync(default);
        }));
        await WaitForBothAsync();
    }

    /// <summary>Every current (not superseded) document of a kind, as (member, subject): a duplicate shows as a
    /// repeat.</summary>
    private async Task<List<(int Member, string Subject)>> IssuedAsync(DocumentKind kind)
    {
        await using var scope = _second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        var rows = await db.IssuedDocuments.AsNoTracking().Where(d => d.Kind == kind)
            .Select(d => new { d.MemberId, d.Subject }).ToListAsync();
        return rows.Select(r => (r.MemberId, r.Subject)).ToList();
    }
}
