namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>The data-protection key ring that signs this installation's tokens and cookies. Keys belong to one
/// installation: several instances of it share the folder; another installation on the same host has its own.</summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";
    public const string ApplicationName = "CpdTracker";

    /// <summary>Unset: a "keys" folder in the data folder (beside the SQLite file). Set it (to a folder every instance
    /// reaches) for a shared database.</summary>
    public string? KeysFolder { get; set; }

    public string FolderFor(IConfiguration configuration) => Path.GetFullPath(KeysFolder is { Length: > 0 } folder
        ? folder
        : Path.Combine(DatabaseOptions.DataFolderIn(configuration), "keys"));
}
