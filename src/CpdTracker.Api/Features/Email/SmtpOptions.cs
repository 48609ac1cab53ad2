using System.ComponentModel.DataAnnotations;

namespace CpdTracker.Api.Features.Email;

/// <summary>The SMTP server; with no Host, messages go to the pickup folder. Give User and Password by environment,
/// never in a file.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Email:Smtp";

    [MaxLength(253)]
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Require STARTTLS (true); false sends in plain text, or with TLS from the start on port 465.</summary>
    public bool StartTls { get; set; } = true;

    [MaxLength(254)]
    public string? User { get; set; }

    [MaxLength(1024)]
    public string? Password { get; set; }

    [Range(5, 600)]
    public int TimeoutSeconds { get; set; } = 60;
}
