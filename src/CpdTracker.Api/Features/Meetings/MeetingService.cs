using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Jobs;
using Hangfire;

namespace CpdTracker.Api.Features.Meetings;

/// <summary>Scheduling, moving, cancelling and deleting a group's meetings, for the API and the pages alike; audited,
/// and claimed against the version the caller read like every register change.</summary>
public sealed class MeetingService(CpdDbContext db, UnitOfWork work, AuditLog audit, IBackgroundJobClient jobs)
{
    public async Task<Outcome<MeetingResponse>> ScheduleAsync(
        int groupId, ScheduleMeetingRequest request, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return Outcome<MeetingResponse>.NotFound();
        }

        var meeting = MeetingScheduler.Create(
            group.TimeZone, request.StartsAtLocal!, request.DurationMinutes, request.Mode!.Value,
            ActivityKind.GroupMeeting, string.IsNullOrWhiteSpace(request.Title) ? group.Name : request.Title.Trim());
        meeting.GroupId = group.Id;
        if (await ClashAsync(meeting, ct) is { } clash)
        {
            return Outcome<MeetingResponse>.Conflicted(clash);
        }

        await audit.CreateAsync(
            meeting, () => meeting.Id, AuditEntity.Meeting, () => MeetingResponse.From(meeting), ct);
        return Outcome<MeetingResponse>.Ok(MeetingResponse.From(meeting));
    }

    /// <summary>A new local start, duration, mode or title before the register is locked; marked minutes must
    /// still fit.</summary>
    public async Task<Outcome<MeetingResponse>> RescheduleAsync(
        int id, ScheduleMeetingRequest request, string? ifMatch, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome<MeetingResponse>.NotFound();
        }

        var refusal = Refusal(meeting, "rescheduled");
        if (refusal is not null || !Versions.TryRead(ifMatch, meeting.Version, out var expected))
        {
            return Outcome<MeetingResponse>.Conflicted(refusal ?? Conflicts.ChangedMeanwhile());
        }

        var before = MeetingResponse.From(meeting);
        MeetingScheduler.Move(meeting, request.StartsAtLocal!, request.DurationMinutes);
        meeting.Mode = request.Mode!.Value;
        meeting.Title = string.IsNullOrWhiteSpace(request.Title) ? meeting.Title : request.Title.Trim();
        if (meeting.Attendances.Max(a => (int?)a.MinutesAttended) is { } longest && longest > meeting.DurationMinutes)
        {
            return Outcome<MeetingResponse>.Invalid("durationMinutes",
                $"A member is marked with {longest} minutes attended, more than {meeting.DurationMinutes}; " +
                "correct the register first.");
        }

        if (await ClashAsync(meeting, ct) is { } clash)
        {
            return Outcome<MeetingResponse>.Conflicted(clash);
        }

        return await CommitAsync(meeting, expected, AuditAction.Rescheduled, before, null, ct);
    }

    /// <summary>Cancels a meeting whose register is not locked: it earns nothing, and any certificate an earlier lock
    /// issued is withdrawn.</summary>
    public async Task<Outcome<MeetingResponse>> CancelAsync(int id, string reason, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome<MeetingResponse>.NotFound();
        }

        if (Refusal(meeting, "cancelled") is { } refusal)
        {
            return Outcome<MeetingResponse>.Conflicted(refusal);
        }

        var before = MeetingResponse.From(meeting);
        meeting.Status = MeetingStatus.Cancelled;
        meeting.CertificatesDue = true;
        var cancelled = await CommitAsync(meeting, meeting.Version, AuditAction.Cancelled, before, reason, ct);
        if (cancelled.Succeeded)
        {
            jobs.Enqueue<CertificateJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return cancelled;
    }

    /// <summary>Deletes a meeting scheduled by mistake: only while nothing was ever marked on its register (else
    /// cancel it).</summary>
    public async Task<Outcome<bool>> DeleteAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return Outcome<bool>.NotFound();
        }

        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var everMarked = await db.Attendances.AnyAsync(a => a.MeetingId == id, ct)
            || await db.AuditEntries.AnyAsync(a => a.Entity == nameof(AuditEntity.Register) && a.EntityId == key, ct);
        if (everMarked || meeting.IsLocked)
        {
            return Outcome<bool>.Conflicted(Conflicts.Problem("The meeting's register has been marked.",
                $"Meeting {id} has (or had) attendance recorded, so it stays on record; " +
                "cancel it with a reason instead."));
        }

        var before = MeetingResponse.From(meeting);
        await work.SaveAsync(() =>
        {
            db.Meetings.Remove(meeting);
            audit.Record(AuditEntity.Meeting, id, AuditAction.Deleted, before, null);
        }, ct);
        return Outcome<bool>.Ok(true);
    }

    private async Task<Outcome<MeetingResponse>> CommitAsync(
        Meeting meeting, Guid expected, AuditAction action, MeetingResponse before, string? reason,
        CancellationToken ct)
    {
        var saved = await work.SaveAsync(async () =>
        {
            if (!await work.ClaimAsync(meeting, expected, ct))
            {
                return false;
            }

            audit.Record(AuditEntity.Meeting, meeting.Id, action, before, MeetingResponse.From(meeting), reason);
            return true;
        }, ct);
        return saved
            ? Outcome<MeetingResponse>.Ok(MeetingResponse.From(meeting))
            : Outcome<MeetingResponse>.Conflicted(Conflicts.ChangedMeanwhile());
    }

    private static ProblemDetails? Refusal(Meeting meeting, string what) => meeting.Status switch
    {
        MeetingStatus.Locked => Conflicts.Problem("The register is locked.",
            $"Meeting {meeting.Id} cannot be {what} while its register is locked; " +
            "an administrator must unlock it first."),
        MeetingStatus.Cancelled => Conflicts.Cancelled(meeting.Id),
        _ => null,
    };

    private async Task<ProblemDetails?> ClashAsync(Meeting meeting, CancellationToken ct) =>
        meeting.GroupId is { } groupId
            && await db.Meetings.AnyAsync(
                m => m.GroupId == groupId && m.Id != meeting.Id && m.StartsAtUtc == meeting.StartsAtUtc
                    && m.Status != MeetingStatus.Cancelled,
                ct)
            ? Conflicts.Problem("The group already meets then.",
                $"The group already has a meeting starting at {MeetingResponse.From(meeting).StartsAtLocal} " +
                $"({meeting.TimeZone}).")
            : null;
}
