using CpdTracker.Api.Features.RuleSets;

namespace CpdTracker.Api.Features.Cpd;

public static class CpdExtensions
{
    /// <summary>Rule sets, the one rule-set-and-period selection, and statements.</summary>
    public static IHostApplicationBuilder AddCpdCredit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RuleSetStore>();
        builder.Services.AddScoped<RuleSetReplacement>();
        builder.Services.AddSingleton<RuleSetCache>();
        builder.Services.AddScoped<CreditPeriods>();
        builder.Services.AddScoped<CollegeReports.CollegeReportService>();
        builder.Services.AddScoped<StatementService>();
        builder.Services.AddScoped<InterimStatements>();
        builder.Services.AddScoped<SocietyClock>();
        return builder;
    }
}
