using CpdTracker.Domain.Meetings;
using Microsoft.Data.Sqlite;

namespace CpdTracker.Tools.Tests;

public sealed class SyntheticSocietyTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cpdtracker-tools-{Guid.NewGuid():N}.db");

    [Fact]
    public void TheSameSeedBuildsTheSameSocietyAndAnotherSeedAnotherOne()
    {
        static string Registers(int seed) => string.Join(";", SyntheticSociety.Build(200, seed).Meetings
            .SelectMany(m => m.Attendances.Select(a =>
                $"{m.Id} {m.StartsAtUtc:O} {m.Version} {a.MemberId} {a.Status} {a.MinutesAttended} {a.Role}")));

        Assert.Equal(Registers(7), Registers(7));
        Assert.NotEqual(Registers(7), Registers(8));
    }

    [Fact]
    public async Task ASeededSocietyIsUpToDateWithTheMigrationsAndRunSummariesIssuesItsSummaries()
    {
        Assert.Equal(0, await SeedSyntheticCommand.RunAsync(_database, 200, 7, CancellationToken.None));
        Assert.Equal(1, await SeedSyntheticCommand.RunAsync(_database, 200, 7, CancellationToken.None));
        Assert.Equal(0, await RunSummariesCommand.RunAsync(_database, postgres: null, CancellationToken.None));

        using var host = ToolHost.Build(_database, FixedClock.Reference);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(200, await db.Members.CountAsync());
        Assert.True(await db.Attendances.CountAsync(a => a.Role == AttendanceRole.Presenter) > 0);
        var summaries = await db.IssuedDocuments
            .Where(d => d.Kind == DocumentKind.AnnualSummary)
            .Select(d => d.MemberId)
            .ToListAsync();
        var memberships = await db.Set<CpdTracker.Domain.Members.CollegeMembership>().CountAsync();
        Assert.InRange(summaries.Count, memberships / 2, memberships);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }
}
