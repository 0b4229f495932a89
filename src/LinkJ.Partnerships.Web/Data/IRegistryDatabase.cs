using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// What each database does its own way. There is one implementation per provider, in <c>Data/Sqlite</c> and
/// <c>Data/Postgres</c>, registered by <c>PersistenceSetup</c> from <c>Database:Provider</c>; nothing else asks which
/// provider is in use. Code with a context at hand reaches it through <see cref="RegistryDatabase.Of"/>.
/// </summary>
public interface IRegistryDatabase
{
    /// <summary>The provider's name as <c>Database:Provider</c> spells it.</summary>
    string Provider { get; }

    IRegistryTextSearch TextSearch(RegistryDbContext db);

    /// <summary>A read-only transaction, so several queries see one version of the data.</summary>
    Task<IDbContextTransaction> BeginReadAsync(RegistryDbContext db, CancellationToken cancellationToken);

    /// <summary>Whatever the database needs once its schema is current (SQLite: the journal mode).</summary>
    Task AfterMigrateAsync(RegistryDbContext db, CancellationToken cancellationToken);

    /// <summary>At start-up: planner statistics where the database has none, or they are far off.</summary>
    Task EnsurePlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken);

    /// <summary>After a bulk load: fresh planner statistics.</summary>
    Task RefreshPlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken);

    /// <summary>The fingerprint of the seed document last applied to this database; zero when none is recorded.</summary>
    Task<int> AppliedSeedAsync(RegistryDbContext db, CancellationToken cancellationToken);

    Task RecordAppliedSeedAsync(RegistryDbContext db, int fingerprint, CancellationToken cancellationToken);

    /// <summary>For a bulk load inside <paramref name="transaction"/>: stops per-row search indexing and returns what resumes it.</summary>
    Task<Func<Task>> SuspendSearchIndexingAsync(DbConnection connection, DbTransaction transaction);

    /// <summary>A turn to write, where the database wants its writers queued (null: no queue, write at once).</summary>
    Task<IDisposable?> EnterWriteAsync(RegistryDbContext db, CancellationToken cancellationToken);

    /// <summary>A consistent copy of the database to <paramref name="file"/>; returns what to tell the operator.</summary>
    Task<string> BackupAsync(RegistryDbContext db, string file, CancellationToken cancellationToken);

    /// <summary>Replaces the database with a checked copy; refuses while the app uses it. Returns what to tell the operator.</summary>
    Task<string> RestoreAsync(RegistryDbContext db, string file, CancellationToken cancellationToken);
}
