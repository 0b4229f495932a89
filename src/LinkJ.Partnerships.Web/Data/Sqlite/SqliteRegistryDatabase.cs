using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>The registry on a SQLite file: FTS5 search, WAL, the writer queue and file backups.</summary>
public sealed class SqliteRegistryDatabase(WriterQueue writers) : IRegistryDatabase
{
    public const string Name = "Sqlite";

    public string Provider => Name;

    public IRegistryTextSearch TextSearch(RegistryDbContext db) => new SqliteTextSearch(db);

    public Task<IDbContextTransaction> BeginReadAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        SqliteDatabase.BeginReadAsync(db, cancellationToken);

    public Task AfterMigrateAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        SqliteDatabase.UseWriteAheadLogAsync(db, cancellationToken);

    public Task EnsurePlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        SqliteDatabase.EnsurePlannerStatisticsAsync(db, cancellationToken);

    public Task RefreshPlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        SqliteDatabase.RefreshPlannerStatisticsAsync(db, cancellationToken);

    public Task<int> AppliedSeedAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        SqliteDatabase.AppliedSeedAsync(db, cancellationToken);

    public Task RecordAppliedSeedAsync(RegistryDbContext db, int fingerprint, CancellationToken cancellationToken) =>
        SqliteDatabase.RecordAppliedSeedAsync(db, fingerprint, cancellationToken);

    public Task<Func<Task>> SuspendSearchIndexingAsync(DbConnection connection, DbTransaction transaction) =>
        SearchIndexSuspension.SuspendAsync(connection, transaction);

    public Task<IDisposable?> EnterWriteAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        writers.EnterAsync(cancellationToken);

    public async Task<string> BackupAsync(RegistryDbContext db, string file, CancellationToken cancellationToken)
    {
        var database = SqliteDatabase.FilePath(db) ?? throw new BackupException("backup works on a SQLite database file, not an in-memory one.");
        await SqliteBackup.BackupAsync(database, file, cancellationToken);
        return $"Backed up {database} to {file} ({new FileInfo(file).Length:N0} bytes); the copy passes the integrity check.";
    }

    public async Task<string> RestoreAsync(RegistryDbContext db, string file, CancellationToken cancellationToken)
    {
        var database = SqliteDatabase.FilePath(db) ?? throw new BackupException("restore works on a SQLite database file, not an in-memory one.");
        await SqliteBackup.RestoreAsync(file, database, cancellationToken);
        return $"Restored {database} from {file}; it passes the integrity check.";
    }
}
