using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpdTracker.Api.Tests.Infrastructure;

/// <summary>For a request with the header <see cref="Header"/>: N, makes the Nth asynchronous command of each context
/// the request uses yield before it runs. SQLite answers an async query synchronously, PostgreSQL's answer may or may
/// not arrive before the await; and Blazor renders a page once, with only the fields set so far, at the first await of
/// its OnInitializedAsync that does not complete at once. A test that sends N = 1, 2, 3… renders every page as it would
/// be rendered whichever of its queries is the first to wait.</summary>
public sealed class YieldingCommands(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Test-Yield-At";

    private readonly ConditionalWeakTable<DbContext, StrongBox<int>> _counts = [];
    private int _most;

    /// <summary>The most asynchronous commands one context ran for a request with the header since
    /// <see cref="Reset"/> (a request with N = 0 counts them and makes none wait).</summary>
    public int Most => _most;

    public void Reset() => Interlocked.Exchange(ref _most, 0);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await YieldIfDueAsync(eventData.Context);
        return result;
    }

    private async ValueTask YieldIfDueAsync(DbContext? context)
    {
        if (context is null || !int.TryParse(http.HttpContext?.Request.Headers[Header], out var due))
        {
            return;
        }

        var count = Interlocked.Increment(ref _counts.GetOrCreateValue(context).Value);
        InterlockedMax(ref _most, count);
        if (count == due)
        {
            await Task.Delay(1);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
