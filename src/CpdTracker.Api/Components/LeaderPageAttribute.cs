using Microsoft.AspNetCore.Authorization;

namespace CpdTracker.Api.Components;

/// <summary>A page acting on a group or a meeting: its leaders and administrators open it, anyone else gets the 403
/// page. Access is decided as for the API's GroupLeader routes, on the resource the route value names.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LeaderPageAttribute(Resource resource, string routeValue)
    : AuthorizeAttribute(AccessExtensions.GroupLeaderPolicy)
{
    public ResourceMetadata Resource { get; } = new(resource, routeValue);

    /// <summary>Endpoint convention: gives a leader page's endpoint the resource its access is decided on.</summary>
    public static void DeclareResource(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<LeaderPageAttribute>().FirstOrDefault() is { } page)
        {
            endpoint.Metadata.Add(page.Resource);
        }
    }
}
