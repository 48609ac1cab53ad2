using CpdTracker.Api.Data.Seed;
using Microsoft.Data.Sqlite;

namespace CpdTracker.Api.Data;

public static class DatabaseExtensions
{
    public const string DefaultConnection = "Data Source=data/cpdtracker.db";

    public static IHostApplicationBuilder AddCpdDatabase(this IHostApplicationBuilder builder)
    {
        // Read when the first context is made, so hosts and tests that add configuration late are honoured. Interceptors other
        // features register (the outbox's after-commit signal) are added to every context.
        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddScoped<UnitOfWork>();
        builder.Services.AddDbContext<CpdDbContext>((services, options) => options
            .UseSqlite(services.GetRequiredService<IConfiguration>().GetConnectionString("Default") ?? DefaultConnection)
            .AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>().Prepend(new SqlitePragmas())));
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<BootstrapAdmin>();
        return builder;
    }

    /// <summary>Creates the data folder, applies migrations, turns on WAL, creates the bootstrap admin and loads demo data into an empty database.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdDbContext>();
        EnsureDataFolder(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await Features.RuleSets.RuleSetStore.LoadShippedAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<BootstrapAdmin>().EnsureAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
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
