using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>The route's member is the caller, or owns the route's certificate (or the caller is an administrator).</summary>
public sealed class SelfRequirement : IAuthorizationRequirement;

/// <summary>The caller leads the route's group, or the group of the route's meeting (or is an administrator).</summary>
public sealed class GroupLeaderRequirement : IAuthorizationRequirement;

/// <summary>Decides resource access before validation or the handler runs, so a refused caller learns nothing from the body.</summary>
public sealed class ResourceAccessHandler(CurrentUser me, CpdDbContext db) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.Resource is not HttpContext http || !int.TryParse(RouteId(http), out var id))
        {
            return;
        }

        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var met = requirement switch
            {
                SelfRequirement => me.IsSelfOrAdmin(await OwnerAsync(http, id)),
                GroupLeaderRequirement => await LeadsAsync(http, id),
                _ => false,
            };
            if (met)
            {
                context.Succeed(requirement);
            }
        }
    }

    private async Task<int> OwnerAsync(HttpContext http, int id) => http.Request.Path.StartsWithSegments("/api/certificates")
        ? await db.IssuedDocuments.Where(d => d.Id == id).Select(d => (int?)d.MemberId).FirstOrDefaultAsync(http.RequestAborted) ?? 0
        : id;

    private async Task<bool> LeadsAsync(HttpContext http, int id)
    {
        if (me.IsAdmin)
        {
            return true;
        }

        var ct = http.RequestAborted;
        if (http.Request.RouteValues.ContainsKey("groupId") || http.Request.Path.StartsWithSegments("/api/groups"))
        {
            return await me.LeadsAsync(id, ct);
        }

        var groupId = await db.Meetings.Where(m => m.Id == id).Select(m => m.GroupId).FirstOrDefaultAsync(ct);
        return groupId is { } g && await me.LeadsAsync(g, ct);
    }

    private static string? RouteId(HttpContext http) =>
        (http.Request.RouteValues.GetValueOrDefault("groupId") ?? http.Request.RouteValues.GetValueOrDefault("id"))?.ToString();
}

/// <summary>A member asking for another member's records gets 404, with no hint that they exist.</summary>
public sealed class CpdAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<SelfRequirement>().Any() == true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
