using System.Security.Claims;
using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>Puts the member id in the token so "own records" checks need no lookup.</summary>
public sealed class CpdClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MemberId is { } memberId)
        {
            identity.AddClaim(new Claim(CurrentUser.MemberIdClaim,
                memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
