using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>Identity's user manager, with three additions: a lockout (five wrong passwords, or an administrator's)
/// changes the security stamp, which ends the account's sessions; every change to an account is told to the session
/// checks; and a replaced password writes its notice to the outbox in the same save.</summary>
public sealed class CpdUserManager(
    IUserStore<AppUser> store, IOptions<IdentityOptions> options, IPasswordHasher<AppUser> hasher,
    IEnumerable<IUserValidator<AppUser>> userValidators, IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services,
    ILogger<UserManager<AppUser>> logger, SessionChanges changes, Features.Auth.PasswordChangedNotice notice)
    : UserManager<AppUser>(
        store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        var result = await base.AccessFailedAsync(user);
        return result.Succeeded && await IsLockedOutAsync(user) ? await UpdateSecurityStampAsync(user) : result;
    }

    public override async Task<IdentityResult> SetLockoutEndDateAsync(AppUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        return result.Succeeded && await IsLockedOutAsync(user) ? await UpdateSecurityStampAsync(user) : result;
    }

    protected override async Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        notice.RecordIfReplaced(user);
        var result = await base.UpdateUserAsync(user);
        changes.Changed(user.Id);
        return result;
    }
}
