using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CpdTracker.Api.Data;

/// <summary>Moves an installation from SQLite to PostgreSQL (docs/DEPLOYMENT.md): brings the SQLite file up to date,
/// migrates the PostgreSQL database, copies every table row by row (keys kept, values read and written through each
/// provider's own mapping), and sets the identity sequences past the copied keys, all in one transaction. Hangfire's
/// queue is not copied: the reconciliation re-queues whatever is due. The target must be empty.</summary>
public static class SqliteToPostgreSql
{
    public const string Command = "--migrate-to-postgres";

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct = default)
    {
        if (args is not [Command, var from, var to])
        {
            output.WriteLine(
                $"usage: {Command} \"Data Source=data/cpdtracker.db\" \"Host=…;Database=…;Username=…\"");
            return 2;
        }

        var rows = await CopyAsync(from, to, ct);
        output.WriteLine($"Copied {rows.Values.Sum()} rows in {rows.Count} tables to PostgreSQL:");
        foreach (var (table, count) in rows)
        {
            output.WriteLine($"  {table}: {count}");
        }

        return 0;
    }

    /// <summary>Copies every table; returns the rows copied per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CopyAsync(
        string sqlite, string postgres, CancellationToken ct)
    {
        await using var source = Context(DatabaseProvider.Sqlite, sqlite);
        await using var target = Context(DatabaseProvider.PostgreSql, postgres);
        await source.Database.MigrateAsync(ct);
        await target.Database.MigrateAsync(ct);
        if (await target.Members.AnyAsync(ct) || await target.Users.AnyAsync(ct))
        {
            throw new InvalidOperationException(
                "The PostgreSQL database already holds data; the copy goes into an empty one.");
        }

        var from = (SqliteConnection)source.Database.GetDbConnection();
        await from.OpenAsync(ct);
        var to = (NpgsqlConnection)target.Database.GetDbConnection();
        await to.OpenAsync(ct);
        await using var transaction = await to.BeginTransactionAsync(ct);
        var copied = new Dictionary<string, int>();
        var targetTables = target.Model.GetRelationalModel().Tables.ToDictionary(t => t.Name);
        foreach (var table in InDependencyOrder(source.Model.GetRelationalModel().Tables))
        {
            copied[table.Name] = await CopyTableAsync(from, to, table, targetTables[table.Name], ct);
            await ResetIdentityAsync(to, targetTables[table.Name], ct);
        }

        await transaction.CommitAsync(ct);

        // PostgreSQL plans queries from table statistics, which a bulk copy leaves empty until autovacuum gets round to
        // them: straight after a copy of the synthetic society the college report's query timed out (30 s) without
        // this.
        await using (var analyze = new NpgsqlCommand("ANALYZE", to))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }

        return copied;
    }

    private static CpdDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<CpdDbContext>();
        DatabaseExtensions.Use(options, provider, connectionString);
        return new CpdDbContext(options.Options);
    }

    private static async Task<int> CopyTableAsync(
        SqliteConnection from, NpgsqlConnection to, ITable source, ITable target, CancellationToken ct)
    {
        var columns = source.Columns.Select(c => (Source: c, Target: target.FindColumn(c.Name)!)).ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.Source.Name}\""));
        var keyColumns = source.PrimaryKey?.Columns ?? source.Columns.Take(1);
        var keys = string.Join(", ", keyColumns.Select(c => $"\"{c.Name}\""));
        await using var read = from.CreateCommand();
        read.CommandText = $"SELECT {names} FROM \"{source.Name}\" ORDER BY {keys}";
        await using var reader = await read.ExecuteReaderAsync(ct);
        var placeholders = string.Join(", ", columns.Select((_, i) => $"${i + 1}"));
        var insert = $"INSERT INTO \"{target.Name}\" ({names}) VALUES ({placeholders})";
        var batch = new NpgsqlBatch(to);
        var count = 0;
        while (await reader.ReadAsync(ct))
        {
            var command = new NpgsqlBatchCommand(insert);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = Read(reader, i, columns[i].Source.PropertyMappings[0].TypeMapping);
                command.Parameters.Add(Write(value, columns[i].Target));
            }

            batch.BatchCommands.Add(command);
            if (++count % 500 == 0)
            {
                await batch.ExecuteNonQueryAsync(ct);
                await batch.DisposeAsync();
                batch = new NpgsqlBatch(to);
            }
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(ct);
        }

        await batch.DisposeAsync();
        return count;
    }

    /// <summary>A stored value as the model's CLR value, through SQLite's mapping of that column.</summary>
    private static object? Read(SqliteDataReader reader, int ordinal, RelationalTypeMapping mapping)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        var read = GetFieldValue.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored);
        var value = read.Invoke(reader, [ordinal]);
        return mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
    }

    /// <summary>The model's value as PostgreSQL stores it, through PostgreSQL's mapping of that column.</summary>
    private static NpgsqlParameter Write(object? value, IColumn column)
    {
        var mapping = column.PropertyMappings[0].TypeMapping;
        var stored = value is not null && mapping.Converter is { } converter
            ? converter.ConvertToProvider(value)
            : value;
        // timestamptz takes only UTC offsets.
        return new NpgsqlParameter
        {
            Value = stored is DateTimeOffset at ? at.ToUniversalTime() : stored ?? DBNull.Value,
        };
    }

    private static async Task ResetIdentityAsync(NpgsqlConnection to, ITable table, CancellationToken ct)
    {
        var identities = table.Columns.Where(c => c.PropertyMappings.Any(m => m.Property.IsPrimaryKey()
            && m.Property.ValueGenerated == ValueGenerated.OnAdd && m.Property.ClrType == typeof(int)));
        foreach (var column in identities)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', '{column.Name}'), "
                + $"COALESCE((SELECT MAX(\"{column.Name}\") FROM \"{table.Name}\"), 0) + 1, false)", to);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Principal tables before the tables whose foreign keys point at them.</summary>
    private static IEnumerable<ITable> InDependencyOrder(IEnumerable<ITable> tables)
    {
        var done = new HashSet<string>();
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.First(t => t.ForeignKeyConstraints.All(f => f.PrincipalTable.Name == t.Name
                || done.Contains(f.PrincipalTable.Name)));
            done.Add(ready.Name);
            pending.Remove(ready);
            yield return ready;
        }
    }

    private static readonly MethodInfo GetFieldValue =
        typeof(SqliteDataReader).GetMethod(nameof(SqliteDataReader.GetFieldValue))!;
}
