using System.Reflection;

namespace CpdTracker.Api.Infrastructure;

public static class ValidationFilterExtensions
{
    /// <summary>Runs the registered FluentValidation validator of every argument that has one, and holds every date
    /// argument (a query's date, from, to) to DateBounds; 400s come from here.</summary>
    public static TBuilder WithRequestValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var registry = factory.ApplicationServices.GetRequiredService<IServiceProviderIsService>();
            var parameters = factory.MethodInfo.GetParameters();
            var validated = parameters
                .Select((p, index) => (index, type: typeof(IValidator<>).MakeGenericType(p.ParameterType)))
                .Where(x => registry.IsService(x.type))
                .ToArray();
            var dates = parameters.Select((p, index) => (index, name: p.Name!)).Where(x => IsDate(parameters[x.index])).ToArray();
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
                        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["A request body is required."] });
                    }

                    var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                    if (!result.IsValid)
                    {
                        return TypedResults.ValidationProblem(result.ToDictionary());
                    }
                }

                return await next(context);
            };
        });

    private static bool IsDate(ParameterInfo p) => p.ParameterType == typeof(DateOnly) || p.ParameterType == typeof(DateOnly?);
}
