using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Infrastructure;

/// <summary>Where people reach this installation: every address printed on a document or sent in a message is built
/// on it.</summary>
public sealed class AppOptions : IValidatableObject
{
    public const string SectionName = "App";

    /// <summary>"https://cpd.example.org" (a path is kept, a trailing slash is not needed); http://localhost:5080
    /// in Development.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The public address of a path on this site ("/verify/" → "https://cpd.example.org/verify/"), or null
    /// when none is configured.</summary>
    public string? Link(string path) =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult(
                "App:PublicBaseUrl must be an absolute http or https address, like https://cpd.example.org " +
                $"(it is '{PublicBaseUrl}').",
                [nameof(PublicBaseUrl)]);
        }
    }
}
