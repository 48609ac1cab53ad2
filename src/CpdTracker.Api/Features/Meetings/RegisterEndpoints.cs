using CpdTracker.Api.Features.Audit;
using Hangfire;

namespace CpdTracker.Api.Features.Meetings;

public static class RegisterEndpoints
{
    public static RouteGroupBuilder MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/meetings/{id:int}").WithTags("Registers").WithRequestValidation();
        group.MapGet("/", GetMeeting).WithName(nameof(GetMeeting)).WithAccess(Access.GroupLeader);
        group.MapGet("/attendance", GetRegister).WithName(nameof(GetRegister)).WithAccess(Access.GroupLeader);
        group.MapPut("/attendance", SaveRegister).WithName(nameof(SaveRegister)).WithAccess(Access.GroupLeader);
        group.MapPost("/lock", LockRegister).WithName(nameof(LockRegister)).WithAccess(Access.GroupLeader);
        group.MapPost("/unlock", UnlockRegister).WithName(nameof(UnlockRegister)).WithAccess(Access.Admin);
        return group;
    }

    public static async Task<Results<Ok<MeetingResponse>, NotFound>> GetMeeting(int id, CpdDbContext db, CancellationToken ct) =>
        await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } meeting
            ? TypedResults.Ok(MeetingResponse.From(meeting))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<RegisterResponse>, NotFound>> GetRegister(int id, CpdDbContext db, CancellationToken ct) =>
        await RegisterContext.LoadAsync(db, id, ct) is { } register
            ? TypedResults.Ok(await register.ToResponseAsync(db, ct))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<RegisterResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> SaveRegister(
        int id, SaveRegisterRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, CpdDbContext db, SqliteWriteGate gate, AuditLog audit, CancellationToken ct)
    {
        var register = await RegisterContext.LoadAsync(db, id, ct);
        if (register is null)
        {
            return TypedResults.NotFound();
        }

        if (Refusal(register.Meeting, ifMatch) is { } refusal)
        {
            return TypedResults.Conflict(refusal);
        }

        var entries = request.Entries!.Select(e => new RegisterEntry(e.MemberId, e.Status!.Value, e.MinutesAttended, e.Role)).ToList();
        var ids = entries.Select(e => e.MemberId).Distinct().ToList();
        var existing = await db.Members.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        var errors = RegisterPolicy.Check(register.Meeting.DurationMinutes, entries, existing.Contains, register.MayAttend);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var before = register.Snapshot();
        var saved = await register.CommitAsync(db, gate, () =>
        {
            Replace(register, entries, db);
            audit.Record("Register", id, "Saved", before, register.Snapshot());
        }, ct);
        return saved ? TypedResults.Ok(await register.ToResponseAsync(db, ct)) : TypedResults.Conflict(RegisterConflicts.ChangedMeanwhile());
    }

    public static async Task<Results<Ok<RegisterResponse>, NotFound, Conflict<ProblemDetails>>> LockRegister(
        int id, CpdDbContext db, SqliteWriteGate gate, AuditLog audit, TimeProvider clock, IBackgroundJobClient jobs, CancellationToken ct)
    {
        var register = await RegisterContext.LoadAsync(db, id, ct);
        if (register is null)
        {
            return TypedResults.NotFound();
        }

        var meeting = register.Meeting;
        var now = clock.GetUtcNow().UtcDateTime;
        if (Refusal(meeting, null) is { } refusal)
        {
            return TypedResults.Conflict(refusal);
        }

        if (now < meeting.StartsAtUtc)
        {
            return ProblemResults.Conflict("The meeting has not started yet.", $"Meeting {id} starts at {meeting.StartsAtUtc:yyyy-MM-dd HH:mm} UTC; a register can be locked once it has started.");
        }

        var before = register.Snapshot();
        var locked = await register.CommitAsync(db, gate, () =>
        {
            var marked = meeting.Attendances.Select(a => a.MemberId).ToHashSet();
            meeting.Attendances.AddRange(register.Expected.Where(m => !marked.Contains(m)).Select(m =>
                new Attendance { MemberId = m, Status = AttendanceStatus.Absent, MinutesAttended = 0, Role = register.DefaultRole(m) }));
            meeting.Status = MeetingStatus.Locked;
            meeting.LockedAtUtc = now;
            audit.Record("Register", id, "Locked", before, register.Snapshot());
        }, ct);
        if (!locked)
        {
            return TypedResults.Conflict(RegisterConflicts.ChangedMeanwhile());
        }

        // Certificates follow in the background; the job reads the locked register, so a retry or a second run issues nothing twice.
        jobs.Enqueue<Jobs.CertificateJob>(job => job.RunAsync(id, CancellationToken.None));
        return TypedResults.Ok(await register.ToResponseAsync(db, ct));
    }

    public static async Task<Results<Ok<RegisterResponse>, NotFound, Conflict<ProblemDetails>>> UnlockRegister(
        int id, UnlockRequest request, CpdDbContext db, SqliteWriteGate gate, AuditLog audit, CancellationToken ct)
    {
        var register = await RegisterContext.LoadAsync(db, id, ct);
        if (register is null)
        {
            return TypedResults.NotFound();
        }

        if (!register.Meeting.IsLocked)
        {
            return ProblemResults.Conflict("The register is not locked.", $"Meeting {id} is open; there is nothing to unlock.");
        }

        var unlocked = await register.CommitAsync(db, gate, () =>
        {
            register.Meeting.Status = MeetingStatus.Scheduled;
            register.Meeting.LockedAtUtc = null;
            audit.Record("Register", id, "Unlocked", null, register.Snapshot(), request.Reason!.Trim());
        }, ct);
        return unlocked ? TypedResults.Ok(await register.ToResponseAsync(db, ct)) : TypedResults.Conflict(RegisterConflicts.ChangedMeanwhile());
    }

    private static ProblemDetails? Refusal(Meeting meeting, string? ifMatch) =>
        meeting.IsLocked ? RegisterConflicts.Locked(meeting.Id)
        : ifMatch is not null && ifMatch.Trim('"', ' ') != meeting.Version.ToString() ? RegisterConflicts.ChangedMeanwhile()
        : null;

    private static void Replace(RegisterContext register, IReadOnlyList<RegisterEntry> entries, CpdDbContext db)
    {
        var meeting = register.Meeting;
        var byMember = entries.ToDictionary(e => e.MemberId);
        db.Attendances.RemoveRange(meeting.Attendances.Where(a => !byMember.ContainsKey(a.MemberId)).ToList());
        meeting.Attendances.RemoveAll(a => !byMember.ContainsKey(a.MemberId));
        foreach (var entry in entries)
        {
            var row = meeting.Attendances.FirstOrDefault(a => a.MemberId == entry.MemberId);
            if (row is null)
            {
                row = new Attendance { MemberId = entry.MemberId };
                meeting.Attendances.Add(row);
            }

            row.Status = entry.Status;
            row.MinutesAttended = RegisterPolicy.CreditedMinutes(entry, meeting.DurationMinutes);
            row.Role = entry.Role ?? register.DefaultRole(entry.MemberId);
        }
    }
}
