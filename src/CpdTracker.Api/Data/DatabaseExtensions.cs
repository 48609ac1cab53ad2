using CpdTracker.Api.Data.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CpdTracker.Api.Data;

public static class DatabaseExtensions
{
    public const string DefaultConnection = "Data Source=data/cpdtracker.db";

    public static IHostApplicationBuilder AddCpdDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IConfiguration>(HasServerConnection,
                "ConnectionStrings:Default must name a Host and a Database when Database:Provider is PostgreSql.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddScoped<UnitOfWork>();
        // Read when the first context is made, so hosts and tests that add configuration late are honoured.
        // Interceptors other features register (the outbox's after-commit signal) are added to every context.
        builder.Services.AddDbContext<CpdDbContext>((services, options) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var provider = DatabaseOptions.ProviderIn(configuration);
            var interceptors = services.GetServices<IInterceptor>();
            Use(options, provider, DatabaseOptions.ConnectionStringIn(configuration))
                .AddInterceptors(provider == DatabaseProvider.Sqlite
                    ? interceptors.Prepend(new SqlitePragmas())
                    : interceptors);
        });
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<BootstrapAdmin>();
        return builder;
    }

    /// <summary>Points a context at either provider, with that provider's own migration set.</summary>
    public static DbContextOptionsBuilder Use(
        DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var configured = provider == DatabaseProvider.PostgreSql
            ? options.UseNpgsql(WithAutoPrepare(connectionString))
            : options.UseSqlite(connectionString);
        return configured.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <summary>Npgsql prepares the statements a connection runs often when Max Auto Prepare is set (it is off by
    /// default), so PostgreSQL stops planning the same queries again: on the synthetic society it took the register
    /// save's p99 from 109 to 83 ms and the statement read's from 33 to 16 ms (docs/BENCHMARKS.md). A connection string
    /// that sets it itself is left as it is.</summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    /// <summary>Creates the data folder, applies migrations, turns on WAL (SQLite), creates the bootstrap admin and
    /// loads demo data into an empty database.</summary>
    public static async Task InitialiseDatabaseAsync(
        this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        // Validated before the first connection, so a wrong provider or connection string is named, not a socket error.
        _ = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        if (db.Database.IsSqlite())
        {
            EnsureDataFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await Features.RuleSets.RuleSetStore.LoadShippedAsync(db, clock, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<BootstrapAdmin>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
    }

    private static bool HasServerConnection(DatabaseOptions options, IConfiguration configuration)
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            return true;
        }

        try
        {
            var connection = new NpgsqlConnectionStringBuilder(DatabaseOptions.ConnectionStringIn(configuration));
            return !string.IsNullOrWhiteSpace(connection.Host) && !string.IsNullOrWhiteSpace(connection.Database);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void EnsureDataFolder(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
