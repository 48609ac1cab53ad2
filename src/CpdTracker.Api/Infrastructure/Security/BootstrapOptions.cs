namespace CpdTracker.Api.Infrastructure.Security;

public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    /// <summary>With AdminPassword, creates the first administrator when none exists. Give it by environment, never in
    /// a committed file.</summary>
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
