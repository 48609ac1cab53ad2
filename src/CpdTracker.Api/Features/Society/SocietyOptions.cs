using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Features.Society;

/// <summary>The society that issues the documents, as printed on them; from configuration, never from code.
/// Image paths are relative to the app's content root (or absolute) and are read once at start-up.</summary>
public sealed class SocietyOptions
{
    public const string SectionName = "Society";

    [Required, MaxLength(200)]
    public string Name { get; set; } = "";

    [Required, MaxLength(32)]
    public string ShortName { get; set; } = "";

    /// <summary>Several lines allowed ("\n"); printed joined with commas.</summary>
    [Required, MaxLength(300)]
    public string PostalAddress { get; set; } = "";

    /// <summary>Printed as given, e.g. "ABN 12 345 678 901"; empty for none.</summary>
    [MaxLength(64)]
    public string? BusinessNumber { get; set; }

    [Required, EmailAddress, MaxLength(254)]
    public string ContactEmail { get; set; } = "";

    [Required, MaxLength(200)]
    public string Website { get; set; } = "";

    /// <summary>A PNG or JPEG drawn in every document's header; empty for the name alone.</summary>
    public string? LogoPath { get; set; }

    /// <summary>Who signs certificates and summaries; no name, no signature block.</summary>
    public SignatoryOptions Signatory { get; set; } = new();
}

public sealed class SignatoryOptions
{
    [MaxLength(200)]
    public string? Name { get; set; }

    [MaxLength(200)]
    public string? Title { get; set; }

    /// <summary>A PNG or JPEG of the signature, drawn above the name.</summary>
    public string? SignaturePath { get; set; }
}
