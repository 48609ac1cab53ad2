using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace CpdTracker.Api.Features.Email;

public enum FailureKind
{
    /// <summary>The server refused this message for good (5xx), or it cannot be written: Failed at once.</summary>
    Permanent,

    /// <summary>Refused for now (4xx) or an unexpected error: tried again after a wait.</summary>
    Transient,

    /// <summary>No server to talk to (connection, TLS, sign-in): tried again after a wait, and the run stops.</summary>
    Unreachable,
}

public sealed record SendFailure(FailureKind Kind, string Error)
{
    public static SendFailure Of(Exception e) => e switch
    {
        SmtpCommandException c => new(
            (int)c.StatusCode >= 500 ? FailureKind.Permanent : FailureKind.Transient,
            $"{(int)c.StatusCode} {c.Message}"),
        MimeKit.ParseException or FormatException =>
            new(FailureKind.Permanent, $"The message cannot be written: {e.Message}"),
        SocketException or IOException or SmtpProtocolException or TimeoutException or AuthenticationException
            or SslHandshakeException or ServiceNotConnectedException or OperationCanceledException =>
                new(FailureKind.Unreachable, $"{e.GetType().Name}: {e.Message}"),
        _ => new(FailureKind.Transient, $"{e.GetType().Name}: {e.Message}"),
    };
}
