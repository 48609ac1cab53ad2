using Microsoft.Extensions.Options;
using MimeKit;

namespace CpdTracker.Api.Features.Email;

/// <summary>Hands a message over: an SMTP server's acceptance, or a file in the pickup folder. One per send run, so a
/// connection serves every message of the run.</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

public sealed class MailTransports(
    IOptions<SmtpOptions> smtp, IOptions<EmailOptions> email, IConfiguration configuration)
{
    public IMailTransport Open() => string.IsNullOrWhiteSpace(smtp.Value.Host)
        ? new PickupFolderTransport(PickupFolder)
        : new SmtpTransport(smtp.Value);

    /// <summary>Email:PickupFolder, else a "mail" folder in the data folder (beside the SQLite file: data/mail with the
    /// default connection).</summary>
    public string PickupFolder => Path.GetFullPath(email.Value.PickupFolder is { Length: > 0 } folder
        ? folder
        : Path.Combine(DatabaseOptions.DataFolderIn(configuration), "mail"));
}
