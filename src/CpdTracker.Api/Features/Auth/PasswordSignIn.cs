using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Auth;

/// <summary>One sign-in rule for the API (bearer token) and the pages (cookie): five wrong passwords lock the account,
/// and a wrong email reads exactly like a wrong password.</summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn)
{
    public const string WrongCredentials = "The email or password is not right.";
    public const string LockedOut = "Too many failed attempts: the account is locked for 15 minutes.";

    /// <summary>Signs in with the scheme given; null on success, otherwise the message to show.</summary>
    public async Task<string?> SignInAsync(string email, string password, string scheme)
    {
        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? null : result.IsLockedOut ? LockedOut : WrongCredentials;
    }
}
