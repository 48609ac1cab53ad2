using CpdTracker.Api.Features.Audit;
using CpdTracker.Api.Jobs;
using Hangfire;

namespace CpdTracker.Api.Features.Meetings;

/// <summary>Every change to a register, for the API and the pages alike: saved whole or one member at a time, locked,
/// unlocked. Each runs as one unit of work, claimed against the version the caller read (or sent
/// as If-Match).</summary>
public sealed class RegisterService(
    CpdDbContext db, UnitOfWork work, AuditLog audit, TimeProvider clock, IBackgroundJobClient jobs)
{
    private sealed record Loaded(Meeting Meeting, RegisterRoster Roster);

    public async Task<Outcome<RegisterResponse>> GetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) is { } r
            ? Outcome<RegisterResponse>.Ok(await RegisterView.BuildAsync(db, r.Meeting, r.Roster, ct))
            : Outcome<RegisterResponse>.NotFound();

    /// <summary>Saves the whole register. Members marked now but missing from <paramref name="entries"/> are refused by
    /// name, unless listed in <paramref name="unmark"/>, so a partial list never silently clears anyone.</summary>
    public Task<Outcome<RegisterResponse>> SaveAsync(
        int id, IReadOnlyList<RegisterEntry> entries, IReadOnlyCollection<int> unmark, string? ifMatch,
        CancellationToken ct) =>
        ChangeAsync(id, ifMatch, AuditAction.Saved, null, async r =>
        {
            if (await CheckAsync(r, entries, "") is { } invalid)
            {
                return invalid;
            }

            var listed = entries.Select(e => e.MemberId).Concat(unmark).ToHashSet();
            var dropped = r.Meeting.Attendances.Where(a => !listed.Contains(a.MemberId))
                .Select(a => a.MemberId).ToList();
            if (dropped.Count > 0)
            {
                var names = await db.Members.Where(m => dropped.Contains(m.Id)).OrderBy(m => m.Id)
                    .Select(m => $"{m.FullName} ({m.Id})").ToListAsync(ct);
                return Outcome<RegisterResponse>.Invalid("entries",
                    $"This save would un-mark {string.Join(", ", names)}, who are marked on the register. " +
                    "Send their lines too, correct one member at a time (PUT …/attendance/{memberId}), " +
                    "or list their ids in \"unmark\".");
            }

            r.Meeting.Attendances.RemoveAll(a => unmark.Contains(a.MemberId));
            foreach (var entry in entries)
            {
                Apply(r, entry);
            }

            return null;
        }, ct);

    /// <summary>Marks or corrects one member's line, leaving every other line as it is.</summary>
    public Task<Outcome<RegisterResponse>> CorrectAsync(
        int id, RegisterEntry entry, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(id, ifMatch, AuditAction.Corrected, null, async r =>
        {
            if (await CheckAsync(r, [entry], "entries[0].") is { } invalid)
            {
                return invalid;
            }

            Apply(r, entry);
            return null;
        }, ct);

    /// <summary>Removes one member's line; at lock an expected member left unmarked becomes Absent.</summary>
    public Task<Outcome<RegisterResponse>> UnmarkAsync(int id, int memberId, string? ifMatch, CancellationToken ct) =>
        ChangeAsync(id, ifMatch, AuditAction.Corrected, null,
            r => Task.FromResult(r.Meeting.Attendances.RemoveAll(a => a.MemberId == memberId) == 0
                ? Outcome<RegisterResponse>.Invalid("memberId", $"Member {memberId} is not marked on this register.")
                : null),
            ct);

    /// <summary>Closes the register (unmarked members become Absent) and records, in the same transaction, that its
    /// certificates are due.</summary>
    public async Task<Outcome<RegisterResponse>> LockAsync(int id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var locked = await ChangeAsync(id, null, AuditAction.Locked, null, r =>
        {
            if (now < r.Meeting.StartsAtUtc)
            {
                return Task.FromResult<Outcome<RegisterResponse>?>(
                    Outcome<RegisterResponse>.Conflicted(Conflicts.Problem("The meeting has not started yet.",
                        $"Meeting {id} starts at {r.Meeting.StartsAtUtc:yyyy-MM-dd HH:mm} UTC; " +
                        "a register can be locked once it has started.")));
            }

            var marked = r.Meeting.Attendances.Select(a => a.MemberId).ToHashSet();
            r.Meeting.Attendances.AddRange(r.Roster.Expected.Where(m => !marked.Contains(m)).Select(m =>
                new Attendance
                {
                    MemberId = m,
                    Status = AttendanceStatus.Absent,
                    MinutesAttended = 0,
                    Role = r.Roster.DefaultRole(m),
                }));
            r.Meeting.Status = MeetingStatus.Locked;
            r.Meeting.LockedAtUtc = now;
            r.Meeting.CertificatesDue = true;
            r.Meeting.Backfilled = false;
            return Task.FromResult<Outcome<RegisterResponse>?>(null);
        }, ct);
        if (locked.Succeeded)
        {
            jobs.Enqueue<CertificateJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return locked;
    }

    public async Task<Outcome<RegisterResponse>> UnlockAsync(int id, string reason, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } r)
        {
            return Outcome<RegisterResponse>.NotFound();
        }

        if (!r.Meeting.IsLocked)
        {
            return Outcome<RegisterResponse>.Conflicted(
                Conflicts.Problem("The register is not locked.", $"Meeting {id} is open; there is nothing to unlock."));
        }

        return await CommitAsync(r, r.Meeting.Version, AuditAction.Unlocked, reason, () =>
        {
            r.Meeting.Status = MeetingStatus.Scheduled;
            r.Meeting.LockedAtUtc = null;
        }, ct);
    }

    private async Task<Outcome<RegisterResponse>> ChangeAsync(
        int id, string? ifMatch, AuditAction action, string? reason,
        Func<Loaded, Task<Outcome<RegisterResponse>?>> change, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } r)
        {
            return Outcome<RegisterResponse>.NotFound();
        }

        var refusal = r.Meeting.Status switch
        {
            MeetingStatus.Locked => Conflicts.Locked(id),
            MeetingStatus.Cancelled => Conflicts.Cancelled(id),
            _ => null,
        };
        if (refusal is not null)
        {
            return Outcome<RegisterResponse>.Conflicted(refusal);
        }

        if (!Versions.TryRead(ifMatch, r.Meeting.Version, out var expected))
        {
            return Outcome<RegisterResponse>.Conflicted(Conflicts.ChangedMeanwhile());
        }

        var before = RegisterView.Snapshot(r.Meeting);
        if (await change(r) is { } stopped)
        {
            return stopped;
        }

        return await CommitAsync(r, expected, action, reason, () => { }, ct, before);
    }

    private async Task<Outcome<RegisterResponse>> CommitAsync(
        Loaded r, Guid expected, AuditAction action, string? reason, Action change, CancellationToken ct,
        RegisterSnapshot? before = null)
    {
        before ??= RegisterView.Snapshot(r.Meeting);
        var saved = await work.SaveAsync(async () =>
        {
            if (!await work.ClaimAsync(r.Meeting, expected, ct))
            {
                return false;
            }

            change();
            audit.Record(AuditEntity.Register, r.Meeting.Id, action,
                action == AuditAction.Unlocked ? null : before, RegisterView.Snapshot(r.Meeting), reason);
            return true;
        }, ct);
        return saved
            ? Outcome<RegisterResponse>.Ok(await RegisterView.BuildAsync(db, r.Meeting, r.Roster, ct))
            : Outcome<RegisterResponse>.Conflicted(Conflicts.ChangedMeanwhile());
    }

    private async Task<Outcome<RegisterResponse>?> CheckAsync(
        Loaded r, IReadOnlyList<RegisterEntry> entries, string stripPrefix)
    {
        var ids = entries.Select(e => e.MemberId).Distinct().ToList();
        var existing = await db.Members.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync();
        var errors = RegisterPolicy.Check(r.Meeting.DurationMinutes, entries, existing.Contains, r.Roster.MayAttend);
        return errors.Count == 0 ? null
            : Outcome<RegisterResponse>.Invalid(errors.ToDictionary(
                kv => stripPrefix.Length > 0 ? kv.Key.Replace(stripPrefix, "") : kv.Key,
                kv => kv.Value));
    }

    private static void Apply(Loaded r, RegisterEntry entry)
    {
        var row = r.Meeting.Attendances.FirstOrDefault(a => a.MemberId == entry.MemberId);
        if (row is null)
        {
            row = new Attendance { MemberId = entry.MemberId };
            r.Meeting.Attendances.Add(row);
        }

        row.Status = entry.Status;
        row.MinutesAttended = RegisterPolicy.CreditedMinutes(entry, r.Meeting.DurationMinutes);
        row.Role = entry.Role ?? r.Roster.DefaultRole(entry.MemberId);
    }

    private async Task<Loaded?> LoadAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.Include(m => m.Attendances).FirstOrDefaultAsync(m => m.Id == id, ct);
        return meeting is null ? null : new Loaded(meeting, await RegisterRoster.LoadAsync(db, meeting, ct));
    }
}
