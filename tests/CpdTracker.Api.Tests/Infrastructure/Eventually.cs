namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>Waits for background work (a Hangfire job) to show its result, failing with the last value after the
/// timeout.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = await read();
        }

        Assert.True(done(value), $"Background work did not finish in {seconds} s; last value: {value}");
        return value;
    }
}
