using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>The caller owns the route's resource (or is an administrator).</summary>
public sealed class SelfRequirement : IAuthorizationRequirement;

/// <summary>The caller leads the group of the route's resource (or is an administrator).</summary>
public sealed class GroupLeaderRequirement : IAuthorizationRequirement;

/// <summary>Decides resource access before validation or the handler runs, so a refused caller learns nothing from the
/// body. The endpoint names its resource (<see cref="ResourceMetadata"/>); the resource is loaded and judged by what it
/// is.</summary>
public sealed class ResourceAccessHandler(CurrentUser me, CpdDbContext db) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.Resource is not HttpContext http
            || http.GetEndpoint()?.Metadata.GetMetadata<ResourceMetadata>() is not { } declared
            || !int.TryParse(http.Request.RouteValues.GetValueOrDefault(declared.RouteValue)?.ToString(), out var id))
        {
            return;
        }

        var ct = http.RequestAborted;
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var met = me.IsAdmin || requirement switch
            {
                SelfRequirement => await OwnerAsync(declared.Resource, id, ct) is { } owner && owner == me.MemberId,
                GroupLeaderRequirement => await GroupAsync(declared.Resource, id, ct) is { } group
                    && await me.LeadsAsync(group, ct),
                _ => false,
            };
            if (met)
            {
                context.Succeed(requirement);
            }
        }
    }

    private async Task<int?> OwnerAsync(Resource resource, int id, CancellationToken ct) => resource switch
    {
        Resource.Member => id,
        Resource.Document => await db.IssuedDocuments
            .Where(d => d.Id == id)
            .Select(d => (int?)d.MemberId)
            .FirstOrDefaultAsync(ct),
        _ => null,
    };

    // A workshop session has no group: only administrators run workshops.
    private async Task<int?> GroupAsync(Resource resource, int id, CancellationToken ct) => resource switch
    {
        Resource.Group => id,
        Resource.Meeting => await db.Meetings.Where(m => m.Id == id).Select(m => m.GroupId).FirstOrDefaultAsync(ct),
        _ => null,
    };
}

/// <summary>A member asking for another member's records gets 404, with no hint that they exist.</summary>
public sealed class CpdAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements
                .OfType<SelfRequirement>()
                .Any() == true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
