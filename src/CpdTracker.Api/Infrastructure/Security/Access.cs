namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>Who may call an endpoint. Every endpoint declares one; a test calls each as every kind of caller.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Anonymous,

    /// <summary>Any signed-in caller; what comes back is limited to the caller's own.</summary>
    SignedIn,

    /// <summary>The member who owns the route's resource (a member, a document), or an administrator; others get
    /// 404.</summary>
    Self,

    /// <summary>A leader or co-leader of the route's group, or of the group the route's meeting belongs to, or an
    /// administrator; others get 403.</summary>
    GroupLeader,

    /// <summary>Administrators only.</summary>
    Admin,
}

public sealed record AccessMetadata(Access Access);

/// <summary>What a route's id names, so access is decided on that resource once loaded, never on the shape of the
/// URL.</summary>
public enum Resource
{
    Member,
    Document,
    Group,
    Meeting,
}

/// <summary>The resource a Self or GroupLeader route acts on, and the route value holding its id.</summary>
public sealed record ResourceMetadata(Resource Resource, string RouteValue);

public static class AccessExtensions
{
    public const string AdminPolicy = "Admin";
    public const string AdminRole = "Admin";
    public const string SelfPolicy = "Self";
    public const string GroupLeaderPolicy = "GroupLeader";

    /// <summary>Declares who may call the endpoint; Self and GroupLeader also name the resource the route's id
    /// identifies.</summary>
    public static TBuilder WithAccess<TBuilder>(
        this TBuilder builder, Access access, Resource? resource = null, string routeValue = "id")
        where TBuilder : IEndpointConventionBuilder
    {
        if (access is Access.Self or Access.GroupLeader)
        {
            builder.WithMetadata(new ResourceMetadata(
                resource ?? throw new ArgumentException(
                    $"{access} access must name the resource its route identifies.", nameof(resource)),
                routeValue));
        }

        builder.WithMetadata(new AccessMetadata(access));
        return access switch
        {
            Access.Anonymous => builder.AllowAnonymous(),
            Access.Admin => builder.RequireAuthorization(AdminPolicy),
            Access.Self => builder.RequireAuthorization(SelfPolicy),
            Access.GroupLeader => builder.RequireAuthorization(GroupLeaderPolicy),
            _ => builder.RequireAuthorization(),
        };
    }
}
