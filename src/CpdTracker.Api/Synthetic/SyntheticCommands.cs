using System.Diagnostics;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.RuleSets;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Synthetic;

/// <summary>Command-line tools for measurements: seed-synthetic builds a large society in a fresh SQLite file,
/// run-summaries issues every due annual summary on it through the job's own code with a fixed clock.</summary>
public static class SyntheticCommands
{
    /// <summary>Where the data's year (2025) stands: its periods ended more than the 14 grace days before.</summary>
    public static readonly DateTimeOffset ReferenceNow = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool Handles(string[] args) => args is ["seed-synthetic" or "run-summaries", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args[1..]);
        var database = options.GetValueOrDefault("database") ?? "synthetic.db";
        return args[0] == "seed-synthetic"
            ? await SeedAsync(database, int.Parse(options.GetValueOrDefault("members") ?? "10000"), int.Parse(options.GetValueOrDefault("seed") ?? "42"))
            : await SummariesAsync(database);
    }

    private static async Task<int> SeedAsync(string database, int members, int seed)
    {
        if (File.Exists(database))
        {
            Console.Error.WriteLine($"{database} exists; seed-synthetic writes only into a fresh file.");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        var connectionString = $"Data Source={database}";
        await using (var db = Context(connectionString))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await RuleSetStore.LoadShippedAsync(db, new FixedClock(ReferenceNow), CancellationToken.None);
        }

        var schema = watch.Elapsed;
        var data = SyntheticSociety.Build(members, seed);
        var built = watch.Elapsed;
        var rows = await SqliteBulkWriter.WriteAsync(connectionString, data, CancellationToken.None);
        Console.WriteLine($"{database}: {data.Members.Count} members, {data.Memberships.Count} college memberships, {data.Groups.Count} groups, " +
            $"{data.Workshops.Count} workshops, {data.Meetings.Count} meetings, {data.Attendances.Count} attendance rows ({rows} rows in all). " +
            $"Schema {schema.TotalSeconds:F1} s, generate {(built - schema).TotalSeconds:F1} s, insert {(watch.Elapsed - built).TotalSeconds:F1} s.");
        return 0;
    }

    private static async Task<int> SummariesAsync(string database)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContext<CpdDbContext>(o => o.UseSqlite($"Data Source={database}").AddInterceptors(new SqlitePragmas()))
            .AddSingleton<SqliteWriteGate>().AddSingleton<RuleSetCache>()
            .AddSingleton<TimeProvider>(new FixedClock(ReferenceNow))
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(new CertificatesOptions()))
            .AddScoped<RuleSetStore>().AddScoped<StatementService>().AddScoped<DocumentStore>().AddScoped<AnnualSummaries>()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var issued = await scope.ServiceProvider.GetRequiredService<AnnualSummaries>().IssueDueAsync(CancellationToken.None);
        Console.WriteLine($"{database}: {issued} annual summaries issued in {watch.Elapsed.TotalSeconds:F1} s " +
            $"(clock {ReferenceNow:yyyy-MM-dd}); managed heap at end {GC.GetTotalMemory(false) / 1_048_576} MB.");
        return 0;
    }

    private static CpdDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<CpdDbContext>().UseSqlite(connectionString).Options);

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}
