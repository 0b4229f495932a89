using System.Data.Common;
using System.Runtime.CompilerServices;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// The one hook on every write: a save that touches the registry's content marks its context, and once the data
/// is committed (at once, or when the surrounding transaction commits) <see cref="RegistryChanges"/> is told.
/// Telling it after the commit, not before, means no reader can cache the old rows after the news.
/// </summary>
public sealed class RegistryChangeInterceptor(RegistryChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Mark(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            PublishAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await PublishAsync(eventData.Context, cancellationToken);
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context, onlyOutsideTransaction: true);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, onlyOutsideTransaction: true);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        PublishAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        PublishAsync(eventData.Context, cancellationToken).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context, onlyOutsideTransaction: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, onlyOutsideTransaction: false);
        return Task.CompletedTask;
    }

    private static void Mark(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is IRegistryContent))
        {
            Pending.AddOrUpdate(context, true);
        }
    }

    private static void Forget(DbContext? context, bool onlyOutsideTransaction)
    {
        if (context is not null && (!onlyOutsideTransaction || context.Database.CurrentTransaction is null))
        {
            Pending.Remove(context);
        }
    }

    private ValueTask PublishAsync(DbContext? context, CancellationToken cancellationToken) =>
        context is not null && Pending.Remove(context) ? changes.CommittedAsync(cancellationToken) : ValueTask.CompletedTask;
}
