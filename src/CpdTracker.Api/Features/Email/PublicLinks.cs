using CpdTracker.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Email;

/// <summary>The pages a message links to, under App:PublicBaseUrl; the web pages serve them.</summary>
public sealed class PublicLinks(IOptions<AppOptions> options)
{
    private string Base => options.Value.PublicBaseUrl?.TrimEnd('/')
        ?? throw new InvalidOperationException("App:PublicBaseUrl is not set, so a message cannot link to the site.");

    public string Host => new Uri(Base).Host;

    public string Invitation(string token) => $"{Base}/invitation/{Uri.EscapeDataString(token)}";

    public string ResetPassword(string email, string token) => $"{Base}/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";

    public string ForgotPassword => $"{Base}/forgot-password";

    public string SignIn => $"{Base}/signin";

    public string Document(int documentId) => $"{Base}/my/documents/{documentId}.pdf";
}
