using Microsoft.AspNetCore.Identity;

namespace CpdTracker.Api.Data.Identity;

/// <summary>A sign-in account; MemberId links it to the clinician it belongs to (an administrator may have
/// none).</summary>
public sealed class AppUser : IdentityUser
{
    public int? MemberId { get; set; }
}
