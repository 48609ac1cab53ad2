namespace CpdTracker.Api.Components;

public static class LocalUrl
{
    /// <summary>The return address when it stays on this site ("/my/cpd"), otherwise the home page: never
    /// "//evil.example" or "https://…".</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? url
            : "/";
}
