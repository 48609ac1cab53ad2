using System.Net;
using System.Net.Sockets;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>A minimal SMTP server on a loopback port that refuses every recipient with 550, as a server refuses an
/// unknown mailbox (netDumbster accepts everything).</summary>
public sealed class RejectingSmtpServer : IDisposable
{
    public const string Refusal = "550 5.1.1 Mailbox unavailable: no such user here";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public RejectingSmtpServer()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Dictionary<string, string> Settings => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:StartTls"] = "false",
    };

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ConverseAsync(client);
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream);
        await using var writer = new StreamWriter(stream) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 reject.test ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            await writer.WriteLineAsync(command switch
            {
                "EHLO" or "HELO" => "250 reject.test",
                "MAIL" or "RSET" or "NOOP" => "250 2.0.0 OK",
                "RCPT" => Refusal,
                "QUIT" => "221 2.0.0 Bye",
                _ => "502 5.5.2 Command not implemented",
            });
            if (command == "QUIT")
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
