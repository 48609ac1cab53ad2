using System.Globalization;
using System.Threading.RateLimiting;
using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Infrastructure.Security;

public static class SecurityExtensions
{
    public static IHostApplicationBuilder AddCpdSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ResourceAccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, CpdAuthorizationResultHandler>();
        services.AddScoped<CpdTracker.Api.Features.Audit.AuditLog>();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);

        services.AddIdentityApiEndpoints<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CpdDbContext>()
            .AddClaimsPrincipalFactory<CpdClaimsFactory>();
        services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme,
            o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.ConfigureApplicationCookie(o =>
        {
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessExtensions.AdminPolicy, p => p.RequireRole(AccessExtensions.AdminRole))
            .AddPolicy(AccessExtensions.SelfPolicy, p => p.RequireAuthenticatedUser().AddRequirements(new SelfRequirement()))
            .AddPolicy(AccessExtensions.GroupLeaderPolicy, p => p.RequireAuthenticatedUser().AddRequirements(new GroupLeaderRequirement()))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(RateLimitOptions.AuthPolicy, c => PerClient(c, c.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.AuthPerMinute));
            o.AddPolicy(RateLimitOptions.VerifyPolicy, c => PerClient(c, c.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.VerifyPerMinute));
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
