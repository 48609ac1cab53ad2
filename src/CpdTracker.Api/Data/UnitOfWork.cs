namespace CpdTracker.Api.Data;

/// <summary>The one way to write: a change, with the audit rows it records, commits in one transaction or not at all.
/// On SQLite this process's writers take turns first (see <see cref="SqliteWriteGate"/>).</summary>
public sealed class UnitOfWork(CpdDbContext db, SqliteWriteGate gate)
{
    /// <summary>Runs <paramref name="change"/> in a transaction; it returns false to give up, leaving nothing
    /// written.</summary>
    public async Task<bool> SaveAsync(Func<Task<bool>> change, CancellationToken ct)
    {
        using var turn = db.Database.IsSqlite() ? await gate.EnterAsync(ct) : null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await change())
        {
            db.ChangeTracker.Clear();
            return false;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public Task<bool> SaveAsync(Action change, CancellationToken ct) => SaveAsync(() =>
    {
        change();
        return Task.FromResult(true);
    }, ct);

    /// <summary>Claims a meeting for this write: only if its version is still <paramref name="expected"/> (what the
    /// caller read, or sent as If-Match) does the write go on, with a new version. Every change to a meeting or its
    /// register uses this.</summary>
    public async Task<bool> ClaimAsync(Meeting meeting, Guid expected, CancellationToken ct)
    {
        var next = Guid.NewGuid();
        var claimed = await db.Meetings.Where(m => m.Id == meeting.Id && m.Version == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, next), ct);
        var version = db.Entry(meeting).Property(m => m.Version);
        version.CurrentValue = next;
        version.OriginalValue = next;
        return claimed == 1;
    }
}
