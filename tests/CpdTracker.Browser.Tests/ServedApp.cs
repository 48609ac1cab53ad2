using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Browser.Tests;

/// <summary>The demo society served by Kestrel on a loopback port (a browser cannot reach the in-memory test server),
/// with Dr Zoë O'Brien's account, and one headless Chromium: Debian's, never a downloaded one.</summary>
public sealed class ServedApp : IAsyncLifetime
{
    public const string ClinicianEmail = "zoe.obrien@demo.balint.example";
    public const int ClinicianId = 3;
    public const string LeaderEmail = "helen.marsh@demo.balint.example";
    public const string CoLeaderEmail = "tom.nguyen@demo.balint.example";

    /// <summary>The demo's Melbourne group: Dr Helen Marsh leads it, Dr Tom Nguyen co-leads it.</summary>
    public const int MelbourneGroupId = 1;

    /// <summary>The demo's trans-Tasman online group, on Sydney time: Dr Tom Nguyen leads it, Dr Helen Marsh co-leads
    /// it; eight on its register.</summary>
    public const int OnlineGroupId = 4;

    public ServedApp() => App = new() { SeedDemo = true, Settings = Mail.Settings };

    /// <summary>The SMTP server the app sends to, on loopback, whose messages a test reads as a recipient
    /// would.</summary>
    public MailServer Mail { get; } = MailServer.Start();

    public CpdTrackerApplication App { get; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = default!;

    private IPlaywright? _playwright;
    private readonly Dictionary<string, string> _signedIn = new(StringComparer.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First()
            .Replace("localhost", "127.0.0.1");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider
                .GetRequiredService<CpdTracker.Api.Infrastructure.Security.BootstrapAdmin>();
            await accounts.CreateAsync(ClinicianEmail, CpdTrackerApplication.Password, ClinicianId, admin: false);
            await accounts.CreateAsync(LeaderEmail, CpdTrackerApplication.Password, 1, admin: false);
            await accounts.CreateAsync(CoLeaderEmail, CpdTrackerApplication.Password, 2, admin: false);
        }

        // The demo's certificates and summaries are issued by background jobs started with it.
        await App.WaitForJobsAsync(seconds: 180);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path
                ? path
                : "/usr/bin/chromium",
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(int width, int height, string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            BaseURL = BaseUrl,
            AcceptDownloads = true,
            Locale = "en-AU",
            StorageState = storageState,
        });
        // A shared two-core CI machine can take longer than Playwright's 30 s default to load a page under load.
        context.SetDefaultNavigationTimeout(90_000);
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page on the home page, signed in as <paramref name="email"/>. The first time for an email it signs in
    /// through the form, as a person does; after that a new context starts with that sign-in's cookie (no browser test
    /// signs out), so a test that opens thirty pages does not sign in thirty times.</summary>
    public async Task<IPage> SignedInPageAsync(string email, int width, int height)
    {
        if (_signedIn.TryGetValue(email, out var state))
        {
            var again = await NewPageAsync(width, height, state);
            await again.GotoAsync("/");
            return again;
        }

        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(CpdTrackerApplication.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        _signedIn[email] = await page.Context.StorageStateAsync();
        return page;
    }

    /// <summary>A client of the served API with the bearer token of <paramref name="email"/>, for what a test
    /// arranges.</summary>
    public async Task<HttpClient> ApiClientAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostAsJsonAsync(
            "/api/auth/login", new { email, password = CpdTrackerApplication.Password });
        var token = (await login.ReadJson(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Schedules a meeting of a group Dr Helen Marsh leads, as she would, at a local time in the group's zone;
    /// returns its id.</summary>
    public async Task<int> ScheduleAsync(string startsAtLocal, int groupId = MelbourneGroupId)
    {
        using var leader = await ApiClientAsync(LeaderEmail);
        var response = await leader.PostAsJsonAsync(
            $"/api/groups/{groupId}/meetings", new { startsAtLocal, durationMinutes = 90, mode = "InPerson" });
        return (await response.ReadJson(HttpStatusCode.Created))["id"]!.GetValue<int>();
    }

    /// <summary>The link in the password-reset message to <paramref name="email"/>, on this server (the message's link
    /// starts with App:PublicBaseUrl, a name the browser cannot reach).</summary>
    public async Task<string> ResetLinkAsync(string email)
    {
        var messages = await Eventually.Until(() => Task.FromResult(Mail.To(email)), m => m.Any(IsReset), seconds: 90);
        var text = messages.Last(IsReset).TextBody ?? "";
        var link = new Uri(Regex.Match(text, @"https://cpd\.test\.example/reset-password\?\S+").Value);
        return BaseUrl + link.PathAndQuery;

        static bool IsReset(MimeKit.MimeMessage m) =>
            (m.Subject ?? "").StartsWith("Reset your", StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
        Mail.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ServedAppCollection : ICollectionFixture<ServedApp>
{
    public const string Name = "served app";
}
