using Microsoft.AspNetCore.Http.Features;

namespace CpdTracker.Api.Infrastructure;

public static class RequestLimitsExtensions
{
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>A whole society's register fits in far less than 1 MB; larger bodies are refused before they
    /// are read.</summary>
    public static IApplicationBuilder UseCpdRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = MaxBodyBytes;
            }

            if (context.Request.ContentLength > MaxBodyBytes)
            {
                throw new BadHttpRequestException(
                    $"The body is {context.Request.ContentLength} bytes; the limit is {MaxBodyBytes}.",
                    StatusCodes.Status413PayloadTooLarge);
            }

            await next(context);
        });
}
