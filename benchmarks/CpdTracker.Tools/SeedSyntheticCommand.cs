using System.Diagnostics;
using CpdTracker.Api.Features.RuleSets;
using CpdTracker.Tools.Synthetic;

namespace CpdTracker.Tools;

/// <summary>Creates a fresh database through the app's migrations, loads the shipped rule sets, and writes the
/// synthetic society.</summary>
public static class SeedSyntheticCommand
{
    public static async Task<int> RunAsync(string database, int members, int seed, CancellationToken ct)
    {
        if (File.Exists(database))
        {
            Console.Error.WriteLine($"{database} exists; seed-synthetic writes only into a fresh file.");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        using var host = ToolHost.Build(database, FixedClock.Reference);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await RuleSetStore.LoadShippedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), ct);
        var schema = watch.Elapsed;
        var data = SyntheticSociety.Build(members, seed);
        var built = watch.Elapsed;
        var rows = await SyntheticWriter.WriteAsync(db, data, ct);
        Console.WriteLine($"{database}: {data.Members.Count} members, {data.Memberships} college memberships, " +
            $"{data.Groups.Count} groups, {data.Workshops.Count} workshops, {data.Meetings.Count} meetings, " +
            $"{data.Attendances} attendance rows ({rows} rows in all). " +
            $"Schema {schema.TotalSeconds:F1} s, generate {(built - schema).TotalSeconds:F1} s, " +
            $"insert {(watch.Elapsed - built).TotalSeconds:F1} s.");
        return 0;
    }
}
