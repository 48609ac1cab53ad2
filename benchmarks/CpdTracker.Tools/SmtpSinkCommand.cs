using netDumbster.smtp;

namespace CpdTracker.Tools;

/// <summary>A local SMTP server (netDumbster) that counts what it receives and exits once it has the number expected,
/// so the sender's memory is measured in a process of its own. Received messages are dropped as they are
/// counted.</summary>
public static class SmtpSinkCommand
{
    public static async Task<int> RunAsync(int port, int expected, TimeSpan timeout)
    {
        using var server = SimpleSmtpServer.Start(port);
        var received = 0;
        long bytes = 0;
        var withPdf = 0;
        server.MessageReceived += (_, e) =>
        {
            Interlocked.Add(ref bytes, e.Message.Data.Length);
            if (e.Message.Data.Contains("Content-Type: application/pdf", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref withPdf);
            }

            Interlocked.Increment(ref received);
        };
        Console.WriteLine($"smtp-sink listening on 127.0.0.1:{port}, expecting {expected} messages.");
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref received) < expected && DateTime.UtcNow < deadline)
        {
            server.ClearReceivedEmail();
            await Task.Delay(100);
        }

        Console.WriteLine($"smtp-sink: {received} messages received ({withPdf} with a PDF attached), " +
            $"{bytes / 1_048_576.0:F1} MB in all.");
        return received >= expected ? 0 : 1;
    }
}
