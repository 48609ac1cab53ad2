using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Infrastructure;

/// <summary>Where people reach this installation: every address printed on a document or sent in a message is built on it.</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>"https://cpd.example.org" (a path is kept, a trailing slash is not needed); http://localhost:5080 in Development.</summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The public address of a path on this site ("/verify/" → "https://cpd.example.org/verify/"), or null when none is configured.</summary>
    public string? Link(string path) => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
