using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Email;

/// <summary>The pages a message links to, under App:PublicBaseUrl (required once email is on); the web pages
/// serve them.</summary>
public sealed class PublicLinks(IOptions<AppOptions> options)
{
    public string Host => new Uri(Link("/")).Host;

    public string Invitation(string token) => Link($"/invitation/{Uri.EscapeDataString(token)}");

    public string ResetPassword(string email, string token) =>
        Link($"/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}");

    public string ForgotPassword => Link("/forgot-password");

    public string Document(int documentId) => Link($"/my/documents/{documentId}.pdf");

    private string Link(string path) => options.Value.Link(path)
        ?? throw new InvalidOperationException("App:PublicBaseUrl is not set.");
}
