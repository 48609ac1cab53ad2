using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpdTracker.Api.Data;

/// <summary>Per-connection settings: in WAL mode synchronous=NORMAL is SQLite's recommended setting (a commit survives
/// an app crash; only a power cut can lose the last commits, never corrupt the file), and a busy handler inside SQLite
/// waits in short steps instead of the client's 150 ms retries.</summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
