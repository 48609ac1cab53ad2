using CpdTracker.Domain.Time;

namespace CpdTracker.Api.Infrastructure.Time;

/// <summary>The one place that decides dates: "today" is the date in a zone; a member's zone is their own, else their
/// group's; an issue date is the date where the issued thing happened.</summary>
public sealed class SocietyClock(TimeProvider time, CpdDbContext db)
{
    public const string FallbackAustralia = "Australia/Sydney";
    public const string FallbackNewZealand = "Pacific/Auckland";

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public DateOnly TodayIn(string zone) => DateOnly.FromDateTime(LocalStart.ToLocal(UtcNow, ZoneLookup.Find(zone)));

    public async Task<DateOnly> TodayForMemberAsync(int memberId, CancellationToken ct) =>
        TodayIn(await ZoneOfMemberAsync(memberId, ct));

    /// <summary>The member's own zone; else the zone of the group they lead or joined most recently; else their
    /// country's capital zone.</summary>
    public async Task<string> ZoneOfMemberAsync(int memberId, CancellationToken ct)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.TimeZone, m.Country }).FirstOrDefaultAsync(ct);
        if (member?.TimeZone is { Length: > 0 } own)
        {
            return own;
        }

        var enrolled = await db.Set<Enrolment>().Where(e => e.MemberId == memberId)
            .OrderBy(e => e.LeftOn != null).ThenByDescending(e => e.Id)
            .Join(db.Groups, e => e.GroupId, g => g.Id, (e, g) => g.TimeZone).FirstOrDefaultAsync(ct);
        var led = enrolled ?? await db.Set<GroupLeader>().Where(l => l.MemberId == memberId).OrderBy(l => l.GroupId)
            .Join(db.Groups, l => l.GroupId, g => g.Id, (l, g) => g.TimeZone).FirstOrDefaultAsync(ct);
        return led ?? (member?.Country == Country.NZ ? FallbackNewZealand : FallbackAustralia);
    }
}
