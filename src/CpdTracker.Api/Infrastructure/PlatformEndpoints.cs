using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace CpdTracker.Api.Infrastructure;

public static class PlatformEndpoints
{
    public static IEndpointRouteBuilder MapCpdPlatformEndpoints(this WebApplication app)
    {
        app.MapOpenApi().WithAccess(Access.Anonymous);
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().WithAccess(Access.Anonymous);
        }

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync })
            .WithAccess(Access.Anonymous);
        return app;
    }

    /// <summary>The overall status ("Healthy"), then a line for each check (database, jobs, email) with its status and
    /// why.</summary>
    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status}: {e.Value.Description}");
        return context.Response.WriteAsync(string.Join("\n", lines.Prepend(report.Status.ToString())));
    }
}
