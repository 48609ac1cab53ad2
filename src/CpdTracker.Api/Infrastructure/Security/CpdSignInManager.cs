using System.Security.Cryptography;
using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>Identity's sign-in manager, doing the same password-hash work when there is no password to check (no such
/// account, a locked one), so the time a sign-in takes does not tell whether an email has an account. The API's sign-in
/// and the web pages' (PasswordSignInAsync) both go through it.</summary>
public sealed class CpdSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor accessor, IUserClaimsPrincipalFactory<AppUser> principals,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, accessor, principals, options, logger, schemes, confirmation)
{
    private static readonly AppUser Nobody = new();
    private static string? _decoyHash;

    /// <returns>The account the email and password open, or null (a caller shows one answer for every
    /// reason).</returns>
    public async Task<AppUser?> CheckEmailPasswordAsync(string email, string password)
    {
        var user = await UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            Decoy(password);
            return null;
        }

        return (await CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded ? user : null;
    }

    public override async Task<SignInResult> PasswordSignInAsync(
        string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } user)
        {
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }

        Decoy(password);
        return SignInResult.Failed;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(
        AppUser user, string password, bool lockoutOnFailure)
    {
        // Identity answers these two before it checks the password.
        if (await IsLockedOut(user) || !await CanSignInAsync(user))
        {
            Decoy(password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    private void Decoy(string password)
    {
        var hash = _decoyHash ??= UserManager.PasswordHasher.HashPassword(
            Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        UserManager.PasswordHasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
