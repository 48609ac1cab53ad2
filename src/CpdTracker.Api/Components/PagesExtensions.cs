using System.Threading.RateLimiting;
using CpdTracker.Api.Features.Admin;
using CpdTracker.Api.Features.Auth.Pages;
using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Certificates.Pages;
using CpdTracker.Api.Features.Members.Pages;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Components;

/// <summary>Marks the endpoints that serve the web pages (pages, their downloads, static files), which answer a
/// browser: redirects to sign in and HTML status pages instead of the API's 401 and problem details.</summary>
public sealed record PageEndpointMetadata;

/// <summary>The web pages: Blazor static server rendering, signed in with the Identity application cookie.</summary>
public static class PagesExtensions
{
    /// <summary>Pages authenticate with the cookie only, so a signed-out visitor is sent to the sign-in page, not
    /// answered 401.</summary>
    public const string PagePolicy = "Pages";

    /// <summary>Sign-in and invitation form posts per client address, at the rate the API's auth endpoints allow; page
    /// views are not counted.</summary>
    public const string FormPostPolicy = "page-form-posts";

    public static IHostApplicationBuilder AddCpdPages(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents();
        // Without this, development runs add a catch-all endpoint serving wwwroot files missing from the build
        // manifest; every asset the pages use is in the manifest, and the catch-all would bypass the page endpoints'
        // access rules.
        builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";
        services.AddScoped<MemberDocuments>();
        services.AddScoped<Features.Cpd.Pages.MyCpdOverview>();
        services.AddScoped<Features.Meetings.Pages.MeetingPages>();
        services.AddCpdAdminRecords();
        services.AddAuthorizationBuilder().AddPolicy(PagePolicy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
        // After every other configuration, so the API's and the job dashboard's 401 stay as security set them.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            o.LoginPath = "/signin";
            var others = o.Events.OnRedirectToLogin;
            o.Events.OnRedirectToLogin = c =>
            {
                if (c.HttpContext.GetEndpoint()?.Metadata.GetMetadata<PageEndpointMetadata>() is null)
                {
                    return others(c);
                }

                c.Response.Redirect(c.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(FormPostPolicy,
            c => HttpMethods.IsPost(c.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    c.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = c.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>()
                            .Value.AuthPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("view")));
        return builder;
    }

    /// <summary>Friendly 401/403/404/429 pages for everything but the API, which keeps the problem details of the
    /// UseStatusCodePages before this (each status-code middleware owns its feature, so switching this one off leaves
    /// that one on).</summary>
    public static WebApplication UseCpdPageStatusPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            // Pages are read (GET) and posted (POST); any other method gets the API's problem details.
            var method = context.Request.Method;
            if ((context.Request.Path.StartsWithSegments("/api")
                    || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method)))
                && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            // A refused POST (a form, the job dashboard) is shown its status page as a page is read, not as a form post
            // to it.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
        return app;
    }

    public static WebApplication MapCpdPages(this WebApplication app)
    {
        var page = new PageEndpointMetadata();
        app.MapStaticAssets().AllowAnonymous().WithMetadata(page);
        app.MapRazorComponents<App>().RequireAuthorization(PagePolicy).WithMetadata(page)
            .Add(LeaderPageAttribute.DeclareResource);
        app.MapSignOutEndpoint().WithMetadata(page);
        app.MapMyDownloadEndpoints().RequireAuthorization(PagePolicy).WithMetadata(page);
        app.MapCpdAdminRecordDownloads().RequireAuthorization(PagePolicy, AccessExtensions.AdminPolicy)
            .WithMetadata(page);
        app.MapMemberDownloadEndpoints().RequireAuthorization(PagePolicy)
            .RequireAuthorization(AccessExtensions.AdminPolicy).WithMetadata(page);
        // An unknown address outside the API is a page not found (the API's own unknown addresses are left as they
        // were).
        app.MapFallback("{first:regex(^(?!api$))}/{**rest}", () => TypedResults.NotFound())
            .AllowAnonymous()
            .WithMetadata(page);
        return app;
    }
}
