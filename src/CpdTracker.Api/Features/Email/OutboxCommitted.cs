using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpdTracker.Api.Features.Email;

/// <summary>Wakes the sender once a context that <see cref="Outbox"/> added messages to has committed — not before, or
/// a sender that looked in between would find nothing and the messages would wait for the next scheduled run. (A
/// rolled-back save leaves a mark that wakes the sender once for nothing, which is harmless.)</summary>
public sealed class OutboxCommitted(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _written = new();

    public void Expect(DbContext context) => _written.AddOrUpdate(context, this);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfCommitted(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Wake(eventData.Context);

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    // Inside a caller's transaction the save is not yet visible to others: the commit wakes the sender.
    private void WakeIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Wake(context);
        }
    }

    private void Wake(DbContext? context)
    {
        if (context is not null && _written.Remove(context))
        {
            signal.Wake();
        }
    }
}
