using Microsoft.AspNetCore.HttpOverrides;

namespace CpdTracker.Api.Infrastructure;

/// <summary>The headers of a careful web app, on every response, decided in one place.</summary>
public static class SecurityHeadersExtensions
{
    public static IHostApplicationBuilder AddCpdSecurityHeaders(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            o => o.AddServerHeader = false);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // A reverse proxy on this machine (loopback, trusted by default) tells the app the client's address and scheme;
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true trusts a proxy elsewhere (README, "Running in production").
        builder.Services.Configure<ForwardedHeadersOptions>(
            o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return builder;
    }

    public static WebApplication UseCpdSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = headers.ContentSecurityPolicy.ToString() is { Length: > 0 } policy
            ? policy.Contains("frame-ancestors", StringComparison.Ordinal) ? policy
                : policy + "; frame-ancestors 'none'"
            : "frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";

        // Tokens and personal data are never kept by a browser or proxy cache; a public verification may be.
        var path = context.Request.Path;
        if ((path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/verify"))
            || context.User.Identity?.IsAuthenticated == true)
        {
            headers.CacheControl = "no-store";
        }
    }
}
