using System.Reflection;

namespace CpdTracker.Api.Infrastructure;

public static class ValidationFilterExtensions
{
    /// <summary>Runs the registered FluentValidation validator of every argument that has one, and holds every date
    /// argument (a query's date, from, to) to DateBounds; 400s come from here.</summary>
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        // The OpenAPI document declares the 400 wherever the filter below has something to check.
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } method
                && Checks(method, endpoint.ApplicationServices) is not ([], []))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                    StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails),
                    ["application/problem+json"]));
            }
        });
        return builder.AddEndpointFilterFactory((factory, next) =>
        {
            var (validated, dates) = Checks(factory.MethodInfo, factory.ApplicationServices);
            if (validated.Length == 0 && dates.Length == 0)
            {
                return next;
            }

            return async context =>
            {
                foreach (var (index, name) in dates)
                {
                    if (context.Arguments[index] is DateOnly date && !DateBounds.Contains(date))
                    {
                        return ProblemResults.Field(name, $"{name} {DateBounds.Message}");
                    }
                }

                foreach (var (index, type) in validated)
                {
                    var validator = (IValidator)context.HttpContext.RequestServices.GetRequiredService(type);
                    var argument = context.Arguments[index];
                    if (argument is null)
                    {
                        return TypedResults.ValidationProblem(
                            new Dictionary<string, string[]> { [""] = ["A request body is required."] });
                    }

                    var result = await validator.ValidateAsync(
                        new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                    if (!result.IsValid)
                    {
                        return TypedResults.ValidationProblem(result.ToDictionary());
                    }
                }

                return await next(context);
            };
        });
    }

    /// <summary>The arguments (by position) that have a registered validator, and the dates held
    /// to DateBounds.</summary>
    private static ((int index, Type type)[] Validated, (int index, string name)[] Dates) Checks(
        MethodInfo method, IServiceProvider services)
    {
        var registry = services.GetRequiredService<IServiceProviderIsService>();
        var parameters = method.GetParameters();
        var validated = parameters
            .Select((p, index) => (index, type: typeof(IValidator<>).MakeGenericType(p.ParameterType)))
            .Where(x => registry.IsService(x.type))
            .ToArray();
        return (validated,
            parameters.Select((p, index) => (index, name: p.Name!)).Where(x => IsDate(parameters[x.index])).ToArray());
    }

    private static bool IsDate(ParameterInfo p) =>
        p.ParameterType == typeof(DateOnly) || p.ParameterType == typeof(DateOnly?);
}
