using Microsoft.Extensions.Options;
using CpdTracker.Api.Features.Society;

namespace CpdTracker.Api.Features.Certificates;

public static class CertificatesExtensions
{
    public static IHostApplicationBuilder AddCpdCertificates(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CertificatesOptions>().BindConfiguration(CertificatesOptions.SectionName)
            .PostConfigure<IOptions<AppOptions>>((o, app) => o.VerifyBaseUrl ??= app.Value.Link("/verify/"))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SocietyOptions>()
            .BindConfiguration(SocietyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SocietyOptions>, SocietyImagesExist>();
        builder.Services.AddSingleton<IssuingSociety>();
        builder.Services.AddScoped<DocumentStore>();
        builder.Services.AddScoped<CertificateMail>();
        builder.Services.AddScoped<ActivityCredits>();
        builder.Services.AddScoped<StaleCertificates>();
        builder.Services.AddScoped<MeetingCertificates>();
        builder.Services.AddScoped<WorkshopCertificates>();
        builder.Services.AddScoped<DocumentCorrections>();
        builder.Services.AddScoped<AnnualSummaries>();
        builder.Services.AddScoped<CertificateVerification>();
        return builder;
    }
}
