namespace CpdTracker.Api.Infrastructure;

public static class LateFailureExtensions
{
    /// <summary>A response that fails after it has started (a streamed CSV export) can no longer become a 500; the
    /// connection is aborted so that no client, proxy or spreadsheet takes the part already sent for a
    /// whole file.</summary>
    public static IApplicationBuilder UseCpdAbortOnLateFailure(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(LateFailureExtensions))
                    .LogError(e, "{Method} {Path} failed after its response started; the connection was aborted.",
                        context.Request.Method, context.Request.Path);
                context.Abort();
            }
        });
}
