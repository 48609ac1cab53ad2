using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>The outbox as an administrator sees it, and the send job run the way Hangfire runs it.</summary>
public static class Outbox
{
    public static async Task<JsonArray> ListAsync(HttpClient admin, string? status = null) =>
        (await (await admin.GetAsync(status is null ? "/api/outbox" : $"/api/outbox?status={status}"))
            .ReadJson(HttpStatusCode.OK)).AsArray();

    public static async Task SendAsync(CpdTrackerApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Api.Jobs.OutboxJob>().RunAsync(CancellationToken.None);
    }

    public static string Text(MimeMessage message) => message.TextBody ?? "";

    public static MimePart? Pdf(MimeMessage message) =>
        message.Attachments.OfType<MimePart>().SingleOrDefault(a => a.ContentType.MimeType == "application/pdf");

    public static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
