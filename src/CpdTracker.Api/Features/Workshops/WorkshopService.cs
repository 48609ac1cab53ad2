using CpdTracker.Api.Features.Meetings;
using CpdTracker.Api.Features.Shared;

namespace CpdTracker.Api.Features.Workshops;

/// <summary>Creating workshops and their sessions, for the API and the administrator's pages alike; audited.</summary>
public sealed class WorkshopService(CpdDbContext db, AuditLog audit)
{
    public async Task<Outcome<WorkshopResponse>> CreateAsync(WorkshopRequest request, CancellationToken ct)
    {
        var participants = (request.ParticipantIds ?? []).Select((m, i) => ($"participantIds[{i}]", m));
        var missing = await MemberLookup.MissingAsync(db, participants, ct);
        if (missing.Count > 0)
        {
            return Outcome<WorkshopResponse>.Invalid(missing);
        }

        var workshop = new Workshop
        {
            Title = request.Title!, Venue = request.Venue!, TimeZone = request.TimeZone!,
            StartDate = request.StartDate!.Value, EndDate = request.EndDate!.Value,
            Accreditations = AccreditationRules.ToDomain(request.Accreditations),
            Participants = (request.ParticipantIds ?? [])
                .Select(m => new WorkshopParticipant { MemberId = m }).ToList(),
        };
        await audit.CreateAsync(
            workshop, () => workshop.Id, AuditEntity.Workshop, () => WorkshopResponse.From(workshop, []), ct);
        return Outcome<WorkshopResponse>.Ok(WorkshopResponse.From(workshop, []));
    }

    public async Task<WorkshopResponse?> GetAsync(int id, CancellationToken ct)
    {
        var workshop = await db.Workshops.AsNoTracking().Include(w => w.Participants)
            .FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return null;
        }

        var sessions = await db.Meetings.AsNoTracking().Where(m => m.WorkshopId == id).ToListAsync(ct);
        return WorkshopResponse.From(workshop, sessions);
    }

    /// <summary>Adds a session to a workshop, on a date within the workshop's dates; a time the clocks skip is a
    /// <see cref="DomainException"/>, as when a group's meeting is scheduled.</summary>
    public async Task<Outcome<MeetingResponse>> AddSessionAsync(int id, SessionRequest request, CancellationToken ct)
    {
        var workshop = await db.Workshops.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workshop is null)
        {
            return Outcome<MeetingResponse>.NotFound();
        }

        var session = MeetingScheduler.Create(workshop.TimeZone, request.StartsAtLocal!, request.DurationMinutes,
            request.Mode!.Value, request.Kind!.Value, request.Title!.Trim());
        if (session.LocalDate < workshop.StartDate || session.LocalDate > workshop.EndDate)
        {
            var dates = $"{workshop.StartDate:yyyy-MM-dd} to {workshop.EndDate:yyyy-MM-dd}";
            return Outcome<MeetingResponse>.Invalid("startsAtLocal",
                $"The session's date {session.LocalDate:yyyy-MM-dd} is outside the workshop ({dates}).");
        }

        session.WorkshopId = id;
        await audit.CreateAsync(
            session, () => session.Id, AuditEntity.Meeting, () => MeetingResponse.From(session), ct);
        return Outcome<MeetingResponse>.Ok(MeetingResponse.From(session));
    }
}
