namespace CpdTracker.Api.Infrastructure;

/// <summary>The environment the launch profile gives `dotnet run`, used only when the caller names none. A profile that
/// set ASPNETCORE_ENVIRONMENT (or DOTNET_ENVIRONMENT) would put it over the caller's, turning
/// "ASPNETCORE_ENVIRONMENT=Production dotnet run" into a Development run with the demo accounts.</summary>
public static class DefaultEnvironment
{
    public const string Variable = "CPDTRACKER_DEFAULT_ENVIRONMENT";

    /// <returns>The environment to run in, or null to leave the choice to the host (the caller's variable
    /// or --environment).</returns>
    public static string? Resolve(string[] args, Func<string, string?> variable)
    {
        var named = !string.IsNullOrEmpty(variable("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(variable("DOTNET_ENVIRONMENT"))
            || new ConfigurationBuilder().AddCommandLine(args).Build()[HostDefaults.EnvironmentKey] is not null;
        return named || string.IsNullOrEmpty(variable(Variable)) ? null : variable(Variable);
    }
}
