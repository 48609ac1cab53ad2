using System.Security.Claims;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>The signed-in caller, and the resource checks the access table needs.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, CpdDbContext db)
{
    public const string MemberIdClaim = "cpd:member_id";

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public bool IsAdmin => Principal.IsInRole(AccessExtensions.AdminRole);

    public string Name => Principal.Identity?.IsAuthenticated == true
        ? Principal.Identity.Name ?? "unknown"
        : "anonymous";

    public int? MemberId => int.TryParse(Principal.FindFirstValue(MemberIdClaim), out var id) ? id : null;

    public bool IsSelfOrAdmin(int memberId) => IsAdmin || MemberId == memberId;

    public async Task<bool> LeadsAsync(int groupId, CancellationToken ct) =>
        IsAdmin
        || (MemberId is { } me
            && await db.Set<GroupLeader>().AnyAsync(l => l.GroupId == groupId && l.MemberId == me, ct));

    public async Task<List<int>> GroupsLedAsync(CancellationToken ct) => MemberId is { } me
        ? await db.Set<GroupLeader>()
            .Where(l => l.MemberId == me)
            .Select(l => l.GroupId)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(ct)
        : [];
}
