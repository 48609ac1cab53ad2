namespace CpdTracker.Api.Data;

/// <summary>SQLite lets one transaction write at a time and Microsoft.Data.Sqlite retries a busy database in 150 ms
/// sleeps, which made register saves under load wait hundreds of milliseconds; queueing this process's write
/// transactions here turns that into a short in-memory wait. (A server database would not need it.)</summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Release(_gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
