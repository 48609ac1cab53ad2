namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>A test of what only a server database does (several instances on one database): it runs in the PostgreSQL
/// run, and says so in the SQLite one.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!CpdTrackerApplication.OnPostgreSql)
        {
            Skip = "Several instances share only a PostgreSQL database: runs with CPDTRACKER_TEST_PROVIDER=PostgreSql.";
        }
    }
}

/// <summary>A test of what only SQLite has (a file, PRAGMAs, WAL): it runs in the SQLite run, and says so in the
/// PostgreSQL one.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (CpdTrackerApplication.OnPostgreSql)
        {
            Skip = "SQLite only (a database file and its settings): runs without CPDTRACKER_TEST_PROVIDER=PostgreSql.";
        }
    }
}
