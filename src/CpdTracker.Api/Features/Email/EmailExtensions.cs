using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MimeKit;

namespace CpdTracker.Api.Features.Email;

public static class EmailExtensions
{
    /// <summary>The outbox: messages written with what they announce, sent by <see cref="Jobs.OutboxJob"/> over SMTP, or to a pickup folder.</summary>
    public static IHostApplicationBuilder AddCpdEmail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.From) || MailboxAddress.TryParse(o.From, out _), "Email:From must be an address, e.g. \"BSANZ CPD <cpd@example.org>\".")
            .ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
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
