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

        app.MapHealthChecks("/health").WithAccess(Access.Anonymous);
        return app;
    }
}
