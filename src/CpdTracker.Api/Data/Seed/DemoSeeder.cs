using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Data.Seed;

/// <summary>Loads the demo society into an empty database when Seed:Demo is on; its sign-in accounts exist in
/// Development only.</summary>
public sealed class DemoSeeder(
    CpdDbContext db,
    IOptions<SeedOptions> options,
    TimeProvider clock,
    IHostEnvironment environment,
    BootstrapAdmin accounts,
    ILogger<DemoSeeder> logger)
{
    public static readonly (string Email, string Password, int? MemberId, bool Admin)[] Accounts =
    [
        ("admin@demo.balint.example", "Demo-Admin-2026", null, true),
        ("helen.marsh@demo.balint.example", "Demo-Leader-2026", 1, false),
        ("zoe.obrien@demo.balint.example", "Demo-Member-2026", 3, false),
    ];

    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (!options.Value.Demo || await db.Members.AnyAsync(ct))
        {
            return;
        }

        var society = DemoSociety.Build(clock.GetUtcNow().UtcDateTime);
        // The demo's registers were locked before the app ran: their certificates are due, and the start-up
        // reconciliation issues them, back-filled (without email).
        foreach (var meeting in society.OfType<Meeting>().Where(m => m.IsLocked))
        {
            meeting.CertificatesDue = true;
            meeting.Backfilled = true;
        }

        db.AddRange(society);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Loaded the demo society: {Count} records.", society.Count);

        if (environment.IsDevelopment())
        {
            foreach (var (email, password, memberId, admin) in Accounts)
            {
                await accounts.CreateAsync(email, password, memberId, admin);
            }

            logger.LogInformation("Created the demo accounts listed in the README.");
        }
    }
}
