using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>The only way an administrator comes to exist without one: configured email and password, on a first
/// start.</summary>
public sealed class BootstrapAdmin(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<BootstrapOptions> options,
    ILogger<BootstrapAdmin> logger)
{
    public async Task EnsureAsync()
    {
        if (!await roles.RoleExistsAsync(AccessExtensions.AdminRole))
        {
            await roles.CreateAsync(new IdentityRole(AccessExtensions.AdminRole));
        }

        var (email, password) = (options.Value.AdminEmail, options.Value.AdminPassword);
        if (string.IsNullOrWhiteSpace(email)
            || string.IsNullOrEmpty(password)
            || (await users.GetUsersInRoleAsync(AccessExtensions.AdminRole)).Count > 0)
        {
            return;
        }

        await CreateAsync(email, password, null, admin: true);
        logger.LogInformation("Created the first administrator, {Email}, from Bootstrap configuration.", email);
    }

    public async Task<AppUser> CreateAsync(string email, string password, int? memberId, bool admin)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, MemberId = memberId };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create the account {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        if (admin)
        {
            await users.AddToRoleAsync(user, AccessExtensions.AdminRole);
        }

        return user;
    }
}
