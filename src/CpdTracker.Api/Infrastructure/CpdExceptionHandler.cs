using Microsoft.AspNetCore.Diagnostics;

namespace CpdTracker.Api.Infrastructure;

/// <summary>Turns the failures a caller can cause into problem details; anything else is a 500
/// without internals.</summary>
public sealed class CpdExceptionHandler(IProblemDetailsService problemDetails, ILogger<CpdExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            DomainException e => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [e.Field] = [e.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
            },
            BadHttpRequestException e when RequestReadProblems.From(
                e, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint) is { } named => named,
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = $"The limit is {RequestLimitsExtensions.MaxBodyBytes} bytes.",
            },
            BadHttpRequestException e => new ProblemDetails
            {
                Status = e.StatusCode,
                Title = "The request could not be read.",
            },
            DbUpdateConcurrencyException => Conflicts.ChangedMeanwhile(),
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
            },
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}",
                httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
