using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MimeKit;

namespace CpdTracker.Api.Features.Email;

public static class EmailExtensions
{
    /// <summary>The outbox: messages written with what they announce, sent by <see cref="Jobs.OutboxJob"/> over SMTP,
    /// or to a pickup folder.</summary>
    public static IHostApplicationBuilder AddCpdEmail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.From) || MailboxAddress.TryParse(o.From, out _),
                "Email:From must be an address, e.g. \"BSANZ CPD <cpd@example.org>\".")
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations()
            .ValidateOnStart();
        // Bound and checked for form with the API (AddCpdApi); email needs it even where documents print another
        // verify prefix.
        services.AddOptions<AppOptions>().Validate(o => !string.IsNullOrWhiteSpace(o.PublicBaseUrl),
            "Set App:PublicBaseUrl to the address members reach this site at (for example https://cpd.example.org): " +
            "the links in emails start with it.")
            .ValidateOnStart();
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitted>();
        services.AddSingleton<IInterceptor>(s => s.GetRequiredService<OutboxCommitted>());
        services.AddSingleton<MailTransports>();
        services.AddScoped<Outbox>();
        services.AddScoped<OutboxLedger>();
        services.AddScoped<MessageComposer>();
        services.AddScoped<OutboxSender>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("email", HealthStatus.Degraded);
        return builder;
    }
}
