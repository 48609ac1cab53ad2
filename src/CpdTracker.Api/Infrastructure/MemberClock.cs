using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Infrastructure;

/// <summary>A member's "today" and zone. Members have no zone of their own yet: the zone of their first group stands in,
/// else Sydney for Australia and Auckland for New Zealand. The one place to change when a clock service decides it.</summary>
public sealed class MemberClock(CpdDbContext db, TimeProvider clock)
{
    public async Task<string> ZoneAsync(int memberId, CancellationToken ct)
    {
        var groupZone = await db.Groups.AsNoTracking()
            .Where(g => g.Enrolments.Any(e => e.MemberId == memberId) || g.Leaders.Any(l => l.MemberId == memberId))
            .OrderBy(g => g.Id).Select(g => g.TimeZone).FirstOrDefaultAsync(ct);
        if (groupZone is not null)
        {
            return groupZone;
        }

        var country = await db.Members.Where(m => m.Id == memberId).Select(m => (Country?)m.Country).FirstOrDefaultAsync(ct);
        return country == Country.NZ ? "Pacific/Auckland" : "Australia/Sydney";
    }

    public async Task<DateOnly> TodayAsync(int memberId, CancellationToken ct) =>
        DateOnly.FromDateTime(LocalStart.ToLocal(clock.GetUtcNow().UtcDateTime, ZoneLookup.Find(await ZoneAsync(memberId, ct))));
}
