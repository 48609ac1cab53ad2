using CpdTracker.Tools;

// Measurement commands (docs/BENCHMARKS.md): build the synthetic society in a fresh SQLite file, or issue its annual summaries.
var options = new Dictionary<string, string>();
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

var database = options.GetValueOrDefault("database") ?? "synthetic.db";
Environment.ExitCode = args.FirstOrDefault() switch
{
    "seed-synthetic" => await SeedSyntheticCommand.RunAsync(database, int.Parse(options.GetValueOrDefault("members") ?? "10000"),
        int.Parse(options.GetValueOrDefault("seed") ?? "42"), CancellationToken.None),
    "run-summaries" => await RunSummariesCommand.RunAsync(database, CancellationToken.None),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: seed-synthetic --members N --seed S --database FILE | run-summaries --database FILE");
    return 2;
}
