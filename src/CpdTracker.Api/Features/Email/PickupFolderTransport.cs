using MimeKit;

namespace CpdTracker.Api.Features.Email;

/// <summary>With no SMTP server set, each message is an .eml file in a folder (what `dotnet run` uses). The name is the
/// message's own, so a message written twice is still one file.</summary>
public sealed class PickupFolderTransport(string folder) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var id = string.Concat((message.MessageId ?? "").Where(char.IsLetterOrDigit));
        var name = $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmss}-{id}.eml";
        var part = Path.Combine(folder, name + ".part");
        await message.WriteToAsync(part, ct);
        // Whole files only: a reader of the folder never sees a half-written message.
        File.Move(part, Path.Combine(folder, name), overwrite: true);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
