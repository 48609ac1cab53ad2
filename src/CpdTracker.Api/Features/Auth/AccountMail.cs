using System.Globalization;
using System.Text;
using CpdTracker.Api.Features.Email;
using CpdTracker.Api.Features.Society;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Features.Auth;

/// <summary>The account messages, in plain text: an invitation, a reset link, and the notice that a password
/// was changed.</summary>
public sealed class AccountMail(PublicLinks links, IOptions<SocietyOptions> society)
{
    private SocietyOptions Society => society.Value;

    public Mail Invitation(string tokenHash, string token, Member member, DateTime expiresAtUtc) => new(
        MessageKind.Invitation, tokenHash, member.Email,
        member.FullName, $"Your invitation to {Society.ShortName} CPD records: set your password",
        Letter($"Dear {member.FullName},",
            $"{Society.Name} keeps your attendance, CPD certificates and annual summaries online. " +
            "To sign in, set your password here:",
            $"    {links.Invitation(token)}",
            $"The link works once, until {When(expiresAtUtc)}. Your sign-in email is {member.Email}. " +
            "If the link has expired, ask the society for a new invitation."),
        Secret: true);

    public Mail PasswordReset(string key, string email, string token, TimeSpan lifetime) => new(
        MessageKind.PasswordReset, key, email, null,
        $"Reset your {Society.ShortName} CPD password",
        Letter("Hello,",
            $"Someone asked to reset the password for {email}. To choose a new password, open:",
            $"    {links.ResetPassword(email, token)}",
            $"The link works once, for {lifetime.TotalHours:0} hours. " +
            "If you did not ask, ignore this message: your password stays as it is."),
        Secret: true);

    public Mail PasswordChanged(string key, string email, DateTime atUtc) => new(
        MessageKind.PasswordChanged, key, email, null,
        $"Your {Society.ShortName} CPD password was changed",
        Letter("Hello,",
            $"The password for {email} was changed on {When(atUtc)}, " +
            "and every session signed in before then has ended.",
            $"If this was not you, reset your password at {links.ForgotPassword} " +
            $"and tell the society at {Society.ContactEmail}."));

    private string Letter(params string[] paragraphs) =>
        new StringBuilder().AppendJoin("\n\n", paragraphs).Append("\n\n").Append(Society.Name).Append('\n').ToString();

    private static string When(DateTime utc) => utc.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
