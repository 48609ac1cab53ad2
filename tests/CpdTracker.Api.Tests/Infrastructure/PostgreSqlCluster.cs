using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster for this test run (initdb + pg_ctl in a temporary folder, listening on a
/// unix socket only), removed when the run ends. Every application gets a database of its own, copied from a template
/// that is migrated (and given Hangfire's schema) once. Missing binaries fail the run: nothing is skipped
/// silently.</summary>
public sealed class PostgreSqlCluster
{
    public const string TemplateDatabase = "cpdtracker_template";

    private static readonly Lazy<PostgreSqlCluster> SharedCluster = new(Start);
    private readonly Lock _create = new();

    private PostgreSqlCluster(string folder, string bin)
    {
        Folder = folder;
        Bin = bin;
    }

    public static PostgreSqlCluster Shared => SharedCluster.Value;

    public static bool Started => SharedCluster.IsValueCreated;

    public string Folder { get; }

    private string Bin { get; }

    private string SocketFolder => Path.Combine(Folder, "socket");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketFolder,
        Username = "postgres",
        Database = database,
        MaxPoolSize = 30,
        ConnectionIdleLifetime = 15,
    }.ConnectionString;

    /// <summary>A new database copied from the migrated template, unless one of that name exists (a restart on the same
    /// data). <paramref name="empty"/>: an empty database, which the application migrates itself, as on a first
    /// install.</summary>
    public void EnsureDatabase(string name, bool empty = false)
    {
        lock (_create)
        {
            using var connection = Open("postgres");
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (exists.ExecuteScalar() is null)
            {
                Execute(connection, $"CREATE DATABASE \"{name}\" TEMPLATE {(empty ? "template0" : TemplateDatabase)}");
            }
        }
    }

    public void DropDatabase(string name)
    {
        using (var connection = Open("postgres"))
        {
            Execute(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString(name)));
    }

    /// <summary>A database name from a test's folder name (cpdtracker-test-… becomes cpdtracker_test_…).</summary>
    public static string DatabaseNameFor(string folder)
    {
        var name = new string(Path.GetFileName(folder).ToLowerInvariant()
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        return name.Length <= 63 ? name : name[^63..];
    }

    private NpgsqlConnection Open(string database)
    {
        var connection = new NpgsqlConnection(ConnectionString(database) + ";Pooling=false");
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgreSqlCluster Start()
    {
        var bin = FindBinaries();
        var folder = Path.Combine(Path.GetTempPath(), $"cpdtracker-pg-{Guid.NewGuid():N}");
        var cluster = new PostgreSqlCluster(folder, bin);
        Directory.CreateDirectory(cluster.SocketFolder);
        cluster.RunAsServerUser("chown", "-R", "postgres:postgres", folder);
        cluster.Run("initdb", "-D", Path.Combine(folder, "data"), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
            "--locale=C", "--no-sync");
        // Durability is not under test: a throwaway cluster needs no fsync. Only the socket listens (no TCP port).
        cluster.Run("pg_ctl", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "server.log"),
            "-w", "-t", "120",
            "-o", $"-k {cluster.SocketFolder} -c listen_addresses='' -c max_connections=400 -c fsync=off "
            + "-c synchronous_commit=off -c full_page_writes=off", "start");
        cluster.StopWhenThisProcessEnds();
        try
        {
            cluster.CreateTemplate();
        }
        catch
        {
            cluster.Stop();
            throw;
        }

        return cluster;
    }

    private void CreateTemplate()
    {
        using (var connection = Open("postgres"))
        {
            Execute(connection, $"CREATE DATABASE {TemplateDatabase}");
        }

        var connectionString = ConnectionString(TemplateDatabase);
        var options = new DbContextOptionsBuilder<Api.Data.CpdDbContext>();
        Api.Data.DatabaseExtensions.Use(options, Api.Data.DatabaseProvider.PostgreSql, connectionString);
        using (var db = new Api.Data.CpdDbContext(options.Options))
        {
            db.Database.Migrate();
        }

        // Creating the storage installs Hangfire's schema, so no application start pays for it.
        var settings = new ConfigurationBuilder().AddInMemoryCollection(
            [new("Database:Provider", "PostgreSql"), new("ConnectionStrings:Default", connectionString)]).Build();
        Api.Jobs.JobsExtensions.CreateStorage(settings, new Api.Data.DatabaseOptions());
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A watcher in its own session stops the server and removes the folder once this process is gone, however
    /// it ends (a test host that is killed runs no exit handlers).</summary>
    private void StopWhenThisProcessEnds()
    {
        var stop = $"{Path.Combine(Bin, "pg_ctl")} -D {Path.Combine(Folder, "data")} -m immediate -w stop";
        var asServer = System.Environment.UserName == "root" ? $"runuser -u postgres -- {stop}" : stop;
        var script = $"while kill -0 {System.Environment.ProcessId} 2>/dev/null; do sleep 1; done; "
            + $"{asServer} >/dev/null 2>&1; rm -rf {Folder}";
        var watcher = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process.Start(watcher)?.Dispose();
    }

    private void Stop()
    {
        try
        {
            Run("pg_ctl", "-D", Path.Combine(Folder, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped: the watcher removes what is left.
        }
    }

    private static string FindBinaries()
    {
        var candidates = System.Environment.GetEnvironmentVariable("CPDTRACKER_PG_BIN") is { Length: > 0 } given
            ? [given]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending()
                    .Select(d => Path.Combine(d, "bin")).ToArray()
                : [];
        return candidates.FirstOrDefault(d =>
                File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException("The PostgreSQL run needs PostgreSQL's server binaries (initdb, "
                + "pg_ctl), found in neither CPDTRACKER_PG_BIN nor /usr/lib/postgresql/*/bin. "
                + "Install them: apt-get install -y postgresql.");
    }

    private void Run(string tool, params string[] arguments) =>
        RunAsServerUser(Path.Combine(Bin, tool), arguments);

    /// <summary>PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.</summary>
    private void RunAsServerUser(string program, params string[] arguments)
    {
        var asRoot = System.Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot && program != "chown" ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (asRoot && program != "chown")
        {
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        if (!asRoot && program == "chown")
        {
            return;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
