using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CpdTracker.Api.Features.Email;

/// <summary>MailKit's SMTP client, connected at the first message and kept for the rest of the run.</summary>
public sealed class SmtpTransport(SmtpOptions options) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = options.TimeoutSeconds * 1000 };

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        if (!_client.IsConnected)
        {
            var security = options.StartTls ? SecureSocketOptions.StartTls : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;
            await _client.ConnectAsync(options.Host!, options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.User))
            {
                await _client.AuthenticateAsync(options.User, options.Password ?? "", ct);
            }
        }

        // Returns once the server has accepted the message (250 after DATA); any refusal throws.
        await _client.SendAsync(message, ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
            // Every message was already accepted or recorded as failed; a lost QUIT changes nothing.
        }
        finally
        {
            _client.Dispose();
        }
    }
}
