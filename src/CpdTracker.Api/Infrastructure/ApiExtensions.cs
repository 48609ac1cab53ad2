using System.Text.Json;
using System.Text.Json.Serialization;
using CpdTracker.Api.Features.Members;
using CpdTracker.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpdTracker.Api.Infrastructure;

public static class ApiExtensions
{
    public static IHostApplicationBuilder AddCpdApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AppOptions>().BindConfiguration(AppOptions.SectionName).ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<CpdExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // An enum is its name: a number would store whatever member that number happens to be today.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        // Unreadable input reaches CpdExceptionHandler in every environment, so each gets the same named 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddValidatorsFromAssemblyContaining<MemberRequestValidator>(ServiceLifetime.Singleton);
        // Error keys and messages name fields as the JSON does ("entries[1].minutesAttended").
        // A rule stops at its first failure, so later checks never see a null the first one refused.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Features.Auth.InvitationService>();
        builder.Services.AddScoped<Features.Members.MemberService>();
        builder.Services.AddScoped<Features.Members.MemberDirectory>();
        builder.Services.AddScoped<Features.Groups.GroupService>();
        builder.Services.AddScoped<Features.Workshops.WorkshopService>();
        builder.Services.AddCpdOpenApi();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}

public sealed class DatabaseHealthCheck(CpdDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"The {provider} database answers.")
            : HealthCheckResult.Unhealthy($"The {provider} database cannot be reached.");
    }
}
