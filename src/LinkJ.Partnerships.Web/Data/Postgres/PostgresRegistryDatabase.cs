using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// The registry on a PostgreSQL server: pg_trgm search, MVCC snapshots for reads, no writer queue (the server takes
/// concurrent writers row by row), and backups through pg_dump.
/// </summary>
public sealed class PostgresRegistryDatabase : IRegistryDatabase
{
    public const string Name = "PostgreSQL";

    // Which seed document was applied is kept as the comment on EF's history table: it travels with pg_dump, as
    // SQLite's user_version travels with the file, and needs no table of its own in the model.
    private const string SeedMarkerPrefix = "linkj-seed:";

    public string Provider => Name;

    public IRegistryTextSearch TextSearch(RegistryDbContext db) => new PostgresTextSearch(db);

    /// <summary>REPEATABLE READ is a snapshot on PostgreSQL: every query of the transaction sees the same committed data.</summary>
    public Task<IDbContextTransaction> BeginReadAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    public Task AfterMigrateAsync(RegistryDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The server's autovacuum keeps statistics; a database with a table it has never analysed (a fresh load) is analysed here.</summary>
    public async Task EnsurePlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var unanalysed = await db.Database.SqlQueryRaw<int>(
            """
            SELECT COUNT(*)::int AS "Value" FROM pg_stat_user_tables
            WHERE last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup > 0
            """).SingleAsync(cancellationToken);
        if (unanalysed > 0)
        {
            await RefreshPlannerStatisticsAsync(db, cancellationToken);
        }
    }

    public Task RefreshPlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

    public async Task<int> AppliedSeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var comment = (await db.Database.SqlQueryRaw<string?>(
            """SELECT obj_description('"__EFMigrationsHistory"'::regclass, 'pg_class') AS "Value" """).ToListAsync(cancellationToken)).SingleOrDefault();
        return comment is not null && comment.StartsWith(SeedMarkerPrefix, StringComparison.Ordinal)
            && int.TryParse(comment.AsSpan(SeedMarkerPrefix.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fingerprint)
            ? fingerprint
            : 0;
    }

    public Task RecordAppliedSeedAsync(RegistryDbContext db, int fingerprint, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture,
            $"COMMENT ON TABLE \"__EFMigrationsHistory\" IS '{SeedMarkerPrefix}{fingerprint}'"), cancellationToken);

    /// <summary>GIN indexes take rows in batches (their pending list), so a bulk load needs nothing suspended.</summary>
    public Task<Func<Task>> SuspendSearchIndexingAsync(DbConnection connection, DbTransaction transaction) =>
        Task.FromResult<Func<Task>>(() => Task.CompletedTask);

    public Task<IDisposable?> EnterWriteAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IDisposable?>(null);

    public Task<string> BackupAsync(RegistryDbContext db, string file, CancellationToken cancellationToken) =>
        PostgresBackup.BackupAsync(db, file, cancellationToken);

    public Task<string> RestoreAsync(RegistryDbContext db, string file, CancellationToken cancellationToken) =>
        PostgresBackup.RestoreAsync(db, file, cancellationToken);
}
