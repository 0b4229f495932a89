using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Sqlite;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Keeps one snapshot of the registry for the current version (see <c>RegistryChanges</c>). After a committed write
/// the version moves on, and the next request reads a new snapshot in one read transaction before it answers, so
/// no page is ever built from rows older than the last write. Requests that arrive during a rebuild wait for the
/// same one. See docs/decisions/009-directory-read-model.md and 010-profile-read-model.md.
/// </summary>
public abstract class ReadModel<TSnapshot>(IServiceScopeFactory scopes, RegistryChanges changes)
    where TSnapshot : class
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile Held? _current;

    public async Task<TSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var held = _current;
        if (held is not null && held.Version == changes.Version)
        {
            return held.Snapshot;
        }

        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            held = _current;
            if (held is null || held.Version != changes.Version)
            {
                // The old snapshot is let go first, so two are never held at once, and its memory is handed back
                // before the new one is read: a rebuild allocates several times the snapshot's size, and on top of
                // a heap grown by the writes that caused it, that was the process's peak (docs/performance.md).
                if (held is not null)
                {
                    _current = null;
                    held = null;
                    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                }

                held = await ReadAsync(cancellationToken);
                _current = held;
            }

            return held.Snapshot;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    /// <summary>Reads the snapshot inside the read transaction that <see cref="CurrentAsync"/> has begun.</summary>
    protected abstract Task<TSnapshot> ReadAsync(RegistryDbContext db, long version, CancellationToken cancellationToken);

    private async Task<Held> ReadAsync(CancellationToken cancellationToken)
    {
        // The version is read before the rows: a write that lands in between makes the snapshot look older than
        // it is, so it is read again once more, never kept too long.
        var version = changes.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await using var transaction = await SqliteDatabase.BeginReadAsync(db, cancellationToken);
        var snapshot = await ReadAsync(db, version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Held(version, snapshot);
    }

    private sealed record Held(long Version, TSnapshot Snapshot);
}
