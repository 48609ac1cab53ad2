using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Features.Society;

/// <summary>The society that issues the documents, as printed on them; from configuration, never from code.</summary>
public sealed class SocietyOptions
{
    public const string SectionName = "Society";

    [Required]
    [MaxLength(200)]
    public string Name { get; set; } = "";

    [Required]
    [MaxLength(32)]
    public string ShortName { get; set; } = "";
}
