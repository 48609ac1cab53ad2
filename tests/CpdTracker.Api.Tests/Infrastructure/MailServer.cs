using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>A real SMTP server on a free loopback port (netDumbster, in-process); it can be started late, to play a
/// server that was down.</summary>
public sealed class MailServer : IDisposable
{
    private SimpleSmtpServer? _server;

    private MailServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The app's settings that send to this server (plain SMTP: the test server offers no STARTTLS).</summary>
    public Dictionary<string, string> Settings => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:StartTls"] = "false",
        ["Email:From"] = "BSANZ CPD <cpd@test.example>",
    };

    public static MailServer Start()
    {
        var server = NotStarted();
        server.Listen();
        return server;
    }

    /// <summary>A free port with nothing listening on it yet.</summary>
    public static MailServer NotStarted() => new(FreePort());

    public void Listen() => _server ??= SimpleSmtpServer.Start(Port);

    /// <summary>Every message received so far, parsed as a mail client would.</summary>
    public IReadOnlyList<MimeMessage> Messages => (_server?.ReceivedEmail ?? [])
        .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
        .ToList();

    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    public void Dispose() => _server?.Dispose();

    public static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
