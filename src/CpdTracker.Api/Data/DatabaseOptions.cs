using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Which database the installation runs on; the connection string is ConnectionStrings:Default, as
/// before.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (one file, one process) or PostgreSql (one server, several instances).</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the key ring and the mail pickup folder go by default. Unset: beside the SQLite file, or "data"
    /// under the working folder with PostgreSql.</summary>
    public string? DataFolder { get; set; }

    /// <summary>The PostgreSQL schema that holds Hangfire's tables, in the application's own database.</summary>
    [Required]
    public string HangfireSchema { get; set; } = "hangfire";

    /// <summary>How often an idle Hangfire worker looks for work on PostgreSQL, besides LISTEN/NOTIFY
    /// wake-ups.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public static DatabaseProvider ProviderIn(IConfiguration configuration)
    {
        var text = configuration[$"{SectionName}:{nameof(Provider)}"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new OptionsValidationException(SectionName, typeof(DatabaseOptions),
                [$"{SectionName}:{nameof(Provider)} is '{text}'; it must be Sqlite or PostgreSql."]);
    }

    /// <summary>The folder that holds what lives beside the database (keys, mail): see <see
    /// cref="DataFolder"/>.</summary>
    public static string DataFolderIn(IConfiguration configuration)
    {
        if (configuration[$"{SectionName}:{nameof(DataFolder)}"] is { Length: > 0 } folder)
        {
            return Path.GetFullPath(folder);
        }

        if (ProviderIn(configuration) == DatabaseProvider.PostgreSql)
        {
            return Path.GetFullPath("data");
        }

        var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionStringIn(configuration));
        var file = connection.DataSource;
        return Path.GetDirectoryName(Path.GetFullPath(file)) ?? Path.GetFullPath(".");
    }

    public static string ConnectionStringIn(IConfiguration configuration) =>
        configuration.GetConnectionString("Default") ?? DatabaseExtensions.DefaultConnection;
}
