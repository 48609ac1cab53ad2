using CpdTracker.Tools;

// Measurement commands (docs/BENCHMARKS.md): build the synthetic society in a fresh SQLite file, issue its annual
// summaries, or drain queued certificate emails to a local SMTP server (smtp-sink).
var options = new Dictionary<string, string>();
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

var database = options.GetValueOrDefault("database") ?? "synthetic.db";
Environment.ExitCode = args.FirstOrDefault() switch
{
    "seed-synthetic" => await SeedSyntheticCommand.RunAsync(
        database,
        int.Parse(options.GetValueOrDefault("members") ?? "10000"),
        int.Parse(options.GetValueOrDefault("seed") ?? "42"),
        CancellationToken.None),
    "run-summaries" => await RunSummariesCommand.RunAsync(database, options.GetValueOrDefault("postgres"),
        CancellationToken.None),
    "drain-outbox" => await DrainOutboxCommand.RunAsync(
        database, Int("messages", 1000), Int("port", 2525), Int("senders", 1), CancellationToken.None),
    "smtp-sink" => await SmtpSinkCommand.RunAsync(Int("port", 2525), Int("expect", 1000), TimeSpan.FromMinutes(10)),
    _ => Usage(),
};

int Int(string name, int fallback) => int.Parse(
    options.GetValueOrDefault(name) ?? fallback.ToString(System.Globalization.CultureInfo.InvariantCulture),
    System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: seed-synthetic --members N --seed S --database FILE | run-summaries --database FILE"
        + " [--postgres CONNECTION] | drain-outbox --messages N --port P [--senders K] --database FILE"
        + " | smtp-sink --port P --expect N");
    return 2;
}
