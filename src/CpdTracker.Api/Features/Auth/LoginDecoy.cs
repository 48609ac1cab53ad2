using System.Security.Cryptography;
using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Features.Auth;

/// <summary>The password-hash work a sign-in does when there is no password to check (no such account, or a locked
/// one), so the time taken does not tell whether an email has an account.</summary>
public static class LoginDecoy
{
    private static readonly AppUser Nobody = new();
    private static string? _hash;

    public static void Verify(IPasswordHasher<AppUser> hasher, string password)
    {
        var hash = _hash ??= hasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
