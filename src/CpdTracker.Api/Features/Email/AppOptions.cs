using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Features.Email;

/// <summary>Where people reach this installation: links in messages start here.</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    [Required, Url, MaxLength(200)]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
