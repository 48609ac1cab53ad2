using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Data.Seed;

/// <summary>Loads the demo society into an empty database when Seed:Demo is on.</summary>
public sealed class DemoSeeder(CpdDbContext db, IOptions<SeedOptions> options, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        if (!options.Value.Demo || await db.Members.AnyAsync(ct))
        {
            return;
        }

        var society = DemoSociety.Build(clock.GetUtcNow().UtcDateTime);
        db.AddRange(society);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Loaded the demo society: {Count} records.", society.Count);
    }
}
