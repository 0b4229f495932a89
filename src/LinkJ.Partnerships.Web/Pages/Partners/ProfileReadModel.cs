using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Sqlite;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Keeps the <see cref="ProfileSnapshot"/> of the current registry version, the way <see cref="DirectoryReadModel"/>
/// keeps the directory's: after a committed write the next profile request reads the public part of the registry
/// again (five statements in one read transaction) before it answers. It is a sibling rather than part of the
/// directory's snapshot so that a directory page after a write does not wait for the profiles' text, and so that
/// a profile answers "is it listed" from the same rows as the rest of its page.
/// See docs/decisions/010-profile-read-model.md.
/// </summary>
public sealed class ProfileReadModel(IServiceScopeFactory scopes, RegistryChanges changes)
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile ProfileSnapshot? _current;

    public async Task<ProfileSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _current;
        if (snapshot is not null && snapshot.Version == changes.Version)
        {
            return snapshot;
        }

        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            snapshot = _current;
            if (snapshot is null || snapshot.Version != changes.Version)
            {
                // The old snapshot is let go first, so two are never held at once.
                _current = null;
                snapshot = await ReadAsync(cancellationToken);
                _current = snapshot;
            }

            return snapshot;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    private async Task<ProfileSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        // The version is read before the rows, as in DirectoryReadModel: never tagged newer than what it holds.
        var version = changes.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await using var transaction = await SqliteDatabase.BeginReadAsync(db, cancellationToken);

        var snapshot = await ProfileSnapshotReader.ReadAsync(db, version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return snapshot;
    }
}
