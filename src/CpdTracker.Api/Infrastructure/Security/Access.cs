namespace CpdTracker.Api.Infrastructure.Security;

/// <summary>Who may call an endpoint. Every endpoint declares one; a test calls each as every kind of caller.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not.</summary>
    Anonymous,

    /// <summary>Any signed-in caller; what comes back is limited to the caller's own.</summary>
    SignedIn,

    /// <summary>The member named by the route's id, or an administrator; others get 404.</summary>
    Self,

    /// <summary>A leader or co-leader of the group the route names (directly or through a meeting), or an administrator; others get 403.</summary>
    GroupLeader,

    /// <summary>Administrators only.</summary>
    Admin,
}

public sealed record AccessMetadata(Access Access);

public static class AccessExtensions
{
    public const string AdminPolicy = "Admin";
    public const string AdminRole = "Admin";
    public const string SelfPolicy = "Self";
    public const string GroupLeaderPolicy = "GroupLeader";

    public static TBuilder WithAccess<TBuilder>(this TBuilder builder, Access access) where TBuilder : IEndpointConventionBuilder
    {
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
