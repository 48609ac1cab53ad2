using System.Diagnostics;
using CpdTracker.Api.Features.Certificates;

namespace CpdTracker.Tools;

/// <summary>Issues every due annual summary through AnnualSummaries.IssueDueAsync (the job's code), resolved from the
/// app's own registrations with the clock at FixedClock.Reference.</summary>
public static class RunSummariesCommand
{
    /// <param name="postgres">A PostgreSQL connection string: the society there (copied with --migrate-to-postgres)
    /// instead of in <paramref name="database"/>.</param>
    public static async Task<int> RunAsync(string database, string? postgres, CancellationToken ct)
    {
        KeyValuePair<string, string?>[] onPostgres =
            [new("Database:Provider", "PostgreSql"), new("ConnectionStrings:Default", postgres)];
        using var host = ToolHost.Build(database, FixedClock.Reference, postgres is null ? null : onPostgres);
        await using var scope = host.Services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var issued = await scope.ServiceProvider.GetRequiredService<AnnualSummaries>().IssueDueAsync(ct);
        var where = postgres is null ? database : "PostgreSQL";
        Console.WriteLine($"{where}: {issued} annual summaries issued in {watch.Elapsed.TotalSeconds:F1} s " +
            $"(clock {FixedClock.Reference.GetUtcNow():yyyy-MM-dd}); " +
            $"managed heap at end {GC.GetTotalMemory(false) / 1_048_576} MB.");
        return 0;
    }
}
