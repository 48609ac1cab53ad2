using CpdTracker.Api.Features.Certificates;
using CpdTracker.Api.Features.Cpd;
using CpdTracker.Api.Features.Email;
using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Infrastructure;
using CpdTracker.Api.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdTracker.Tools;

/// <summary>The app's own registrations, as Program.cs makes them, over one SQLite file with a fixed clock: no web
/// pipeline and no Hangfire server, and the host is never started. Configuration is the app's appsettings.json, with a
/// made-up society address for the documents it issues (a measurement prints nothing real).</summary>
public static class ToolHost
{
    public static IHost Build(
        string database, TimeProvider clock, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddInMemoryCollection([
            new("ConnectionStrings:Default", $"Data Source={database}"),
            new("App:PublicBaseUrl", "https://cpd.synthetic.example"),
            new("Society:PostalAddress", "PO Box 1 (synthetic)\nMelbourne VIC 3000"),
            new("Society:ContactEmail", "cpd@synthetic.example"),
            new("Society:Website", "synthetic.example"),
        ]);
        // Added after the defaults, so a command's settings override them (another provider and connection string).
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Logging.AddFilter(null, LogLevel.Warning);
        builder.AddCpdApi();
        builder.AddCpdDatabase();
        builder.AddCpdSecurity();
        builder.AddCpdCredit();
        builder.AddCpdMeetings();
        builder.AddCpdCertificates();
        builder.AddCpdEmail();
        builder.Services.AddSingleton(clock);
        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }
}
