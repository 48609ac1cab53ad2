using System.Diagnostics;
using CpdTracker.Api.Features.Certificates;

namespace CpdTracker.Tools;

/// <summary>Issues every due annual summary through AnnualSummaries.IssueDueAsync (the job's code), resolved from the app's own
/// registrations with the clock at FixedClock.Reference.</summary>
public static class RunSummariesCommand
{
    public static async Task<int> RunAsync(string database, CancellationToken ct)
    {
        using var host = ToolHost.Build(database, FixedClock.Reference);
        await using var scope = host.Services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var issued = await scope.ServiceProvider.GetRequiredService<AnnualSummaries>().IssueDueAsync(ct);
        Console.WriteLine($"{database}: {issued} annual summaries issued in {watch.Elapsed.TotalSeconds:F1} s " +
            $"(clock {FixedClock.Reference.GetUtcNow():yyyy-MM-dd}); managed heap at end {GC.GetTotalMemory(false) / 1_048_576} MB.");
        return 0;
    }
}
