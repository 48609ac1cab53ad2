using Microsoft.EntityFrameworkCore.Design;

namespace CpdTracker.Api.Data;

/// <summary>What dotnet ef builds migrations with: SQLite by default, PostgreSQL when told after "--" (README,
/// "Migrations"). No database is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CpdDbContext>
{
    public CpdDbContext CreateDbContext(string[] args)
    {
        var provider = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() is { } name
            ? Enum.Parse<DatabaseProvider>(name, ignoreCase: true)
            : DatabaseProvider.Sqlite;
        return new CpdDbContext(For(provider).Options);
    }

    /// <summary>Options for a context that only compares or scaffolds models, never connects.</summary>
    public static DbContextOptionsBuilder<CpdDbContext> For(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<CpdDbContext>();
        DatabaseExtensions.Use(options, provider, provider == DatabaseProvider.PostgreSql
            ? "Host=localhost;Database=cpdtracker_design"
            : "Data Source=design.db");
        return options;
    }
}
