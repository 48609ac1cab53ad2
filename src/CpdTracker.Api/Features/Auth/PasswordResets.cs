using System.Text;
using CpdTracker.Api.Data.Identity;
using CpdTracker.Api.Features.Email;
using CpdTracker.Api.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CpdTracker.Api.Features.Auth;

/// <summary>Forgotten passwords with Identity's reset tokens (tied to the security stamp, so a token works once). The
/// link's token is the Identity token in base64url, safe in a query string. One reset message per account in each 10
/// minutes. The API and the web pages both call here.</summary>
public sealed class PasswordResets(
    UserManager<AppUser> users, CpdDbContext db, UnitOfWork work, Outbox outbox, AccountMail mail,
    IBackgroundJobClient jobs, TimeProvider clock)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(2);
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public const string UnusableToken = "The reset link is not valid, already used or expired; ask for a new one.";
    public const string OnItsWay =
        "If an account has this email, a message with a link to reset its password is on its way.";

    /// <summary>Queues the look-up and the message, so the caller answers at once and in the same time whether or not
    /// the email has an account; show <see cref="OnItsWay"/>.</summary>
    public void Queue(string email)
    {
        var trimmed = email.Trim();
        jobs.Enqueue<PasswordResetJob>(job => job.RunAsync(trimmed, CancellationToken.None));
    }

    /// <summary>Writes a reset message if the email has an account (run by <see cref="PasswordResetJob"/>).</summary>

    public async Task RequestAsync(string email, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is not { Email: { } address } user)
        {
            return;
        }

        var key = $"{user.Id}:{clock.GetUtcNow().UtcTicks / Window.Ticks}";
        if (await db.Outbox.AnyAsync(m => m.Kind == MessageKind.PasswordReset && m.Key == key, ct))
        {
            return;
        }

        var token =
            WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        try
        {
            await work.SaveAsync(() => outbox.Add(mail.PasswordReset(key, address, token, TokenLifetime)), ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // A request a moment earlier in the same window wrote it; anything else is a real failure.
            if (!await db.Outbox.AnyAsync(m => m.Kind == MessageKind.PasswordReset && m.Key == key, ct))
            {
                throw;
            }
        }
    }

    /// <summary>Whether the link's token would still set a password (not used, not expired), so a page can say so
    /// before anyone types a new one.</summary>
    public async Task<bool> IsUsableAsync(string email, string token)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        var provider = users.Options.Tokens.PasswordResetTokenProvider;
        return user is not null && Decode(token) is { } identityToken && await users.VerifyUserTokenAsync(
            user, provider, UserManager<AppUser>.ResetPasswordTokenPurpose, identityToken);
    }

    /// <summary>Sets the new password; the errors by field ("token", "newPassword"), empty when it was set.</summary>
    public async Task<Dictionary<string, string[]>> ResetAsync(
        string email, string token, string password, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || Decode(token) is not { } identityToken)
        {
            return new() { ["token"] = [UnusableToken] };
        }

        IdentityResult? result = null;
        // The password-changed notice is written by the user manager in this same transaction.
        await work.SaveAsync(
            async () => (result = await users.ResetPasswordAsync(user, identityToken, password)).Succeeded, ct);
        return result!.Succeeded ? []
            : result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? new() { ["token"] = [UnusableToken] }
            : new() { ["newPassword"] = result.Errors.Select(e => e.Description).ToArray() };
    }

    private static string? Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
