using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Infrastructure.Security;

public static class SecurityExtensions
{
    /// <summary>How long an access token lives: the longest a session outlives a change that ends it on another
    /// instance.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);

    public static IHostApplicationBuilder AddCpdSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ResourceAccessHandler>();
        services.AddSingleton<
            Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, CpdAuthorizationResultHandler>();
        services.AddScoped<CpdTracker.Api.Features.Audit.AuditLog>();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddCpdKeyRing();
        services.AddCpdIdentity();
        services.AddCpdRateLimits();
        // The /hangfire dashboard asks IAntiforgery to check every POST, and puts the token in its own pages.
        services.AddAntiforgery();

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessExtensions.AdminPolicy, p => p.RequireRole(AccessExtensions.AdminRole))
            .AddPolicy(AccessExtensions.SelfPolicy,
                p => p.RequireAuthenticatedUser().AddRequirements(new SelfRequirement()))
            .AddPolicy(AccessExtensions.GroupLeaderPolicy,
                p => p.RequireAuthenticatedUser().AddRequirements(new GroupLeaderRequirement()))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .Build());
        return builder;
    }

    private static void AddCpdKeyRing(this IServiceCollection services)
    {
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddDataProtection().SetApplicationName(KeyRingOptions.ApplicationName);
        // Resolved when the key ring is first used, so configuration given late (tests, hosts) is honoured.
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<KeyRingOptions>, IConfiguration, ILoggerFactory>((o, ring, configuration, logs) =>
                o.XmlRepository = new FileSystemXmlRepository(
                    new DirectoryInfo(ring.Value.FolderFor(configuration)), logs));
    }

    private static void AddCpdIdentity(this IServiceCollection services)
    {
        services.AddSingleton<SessionChanges>();
        services.AddScoped<SignInSessions>();
        services.AddScoped<Features.Auth.AccountMail>();
        services.AddScoped<Features.Auth.PasswordChangedNotice>();
        services.AddScoped<Features.Auth.PasswordResets>();
        services.Configure<DataProtectionTokenProviderOptions>(
            o => o.TokenLifespan = Features.Auth.PasswordResets.TokenLifetime);
        services.AddScoped(s => (CpdSignInManager)s.GetRequiredService<SignInManager<AppUser>>());
        services.AddIdentityApiEndpoints<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The user name is the member's email, checked by the member validator; Identity's ASCII-only default
                // would refuse "zoë@…".
                options.User.AllowedUserNameCharacters = "";
                options.Password.RequiredLength = 10;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CpdDbContext>()
            .AddUserManager<CpdUserManager>()
            .AddSignInManager<CpdSignInManager>()
            .AddClaimsPrincipalFactory<CpdClaimsFactory>();
        services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(
            IdentityConstants.BearerScheme,
            o => o.BearerTokenExpiration = AccessTokenLifetime);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        // The JSON API takes bearer tokens only, so a cookie a browser sends along from another site never acts on it;
        // other paths (the web pages, /hangfire) take the Identity application cookie, or a bearer token if one is
        // sent.
        services.AddAuthentication(o => o.DefaultScheme = "Cpd.ByPath")
            .AddPolicyScheme("Cpd.ByPath", null, o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api")
                || context.Request.Headers.Authorization.ToString()
                    .StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? SessionBearerHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, SessionBearerHandler>(
                SessionBearerHandler.SchemeName, o =>
                {
                    o.ForwardChallenge = IdentityConstants.BearerScheme;
                    o.ForwardForbid = IdentityConstants.BearerScheme;
                });
        services.ConfigureApplicationCookie(o =>
        {
            // A web page sends a signed-out visitor to its sign-in page instead (AddCpdPages); everything else answers
            // 401/403.
            o.Events.OnRedirectToLogin = c =>
            {
                c.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
    }

    private static void AddCpdRateLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = (context, _) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds))
                : 60;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
        o.AddPolicy(RateLimitOptions.AuthPolicy, c => PerClient(c, Limits(c).AuthPerMinute));
        o.AddPolicy(RateLimitOptions.VerifyPolicy, c => PerClient(c, Limits(c).VerifyPerMinute));
        o.AddPolicy(RateLimitOptions.DocumentsPolicy, c => PerUser(c, Limits(c)));
    });

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });

    /// <summary>A bucket per signed-in user: a few documents at once, then a steady rate, so one caller's loop cannot
    /// take the machine.</summary>
    private static RateLimitPartition<string> PerUser(HttpContext context, RateLimitOptions limits) =>
        RateLimitPartition.GetTokenBucketLimiter(
            context.User.FindFirstValue(ClaimTypes.NameIdentifier)
                ?? context.Connection.RemoteIpAddress?.ToString()
                ?? "local",
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.DocumentsBurstPerUser,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / limits.DocumentsPerMinutePerUser),
                QueueLimit = 0,
            });
}
