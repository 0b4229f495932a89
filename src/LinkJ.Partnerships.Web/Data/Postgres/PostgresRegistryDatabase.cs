using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

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

    // Any fixed number: the advisory lock instances take turns on while they migrate and seed.
    private const long StartupLock = 7_426_111_015;

    public string Provider => Name;

    public IRegistryTextSearch TextSearch(RegistryDbContext db) => new PostgresTextSearch(db);

    /// <summary>REPEATABLE READ is a snapshot on PostgreSQL: every query of the transaction sees the same committed data.</summary>
    public Task<IDbContextTransaction> BeginReadAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>
    /// Creates the database if no instance has yet (two may race to; the loser finds it made), then holds a
    /// session-level advisory lock on the context's connection until disposed.
    /// </summary>
    public async Task<IAsyncDisposable> EnterStartupAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await ExistsAsync(db, cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another instance created it first.
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({StartupLock})", cancellationToken);

        // Npgsql learns whether the migrations' history exists by querying it, and EF logs the failure on a new
        // database as an error; an empty history made here first says the same without one.
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        return new StartupTurn(db);
    }

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

    /// <summary>
    /// VACUUM as well as ANALYZE: a bulk load leaves the visibility map empty, and until autovacuum comes round every
    /// index-only scan (the search's id lists) would visit the table as well. Must run outside a transaction.
    /// </summary>
    public Task RefreshPlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null
            ? db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", cancellationToken)
            : db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);

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

    /// <summary>
    /// The trigram indexes are dropped for the load and built again from their stored definitions afterwards: one
    /// build over the loaded rows instead of a GIN insert per row, as SQLite's triggers are suspended.
    /// </summary>
    public async Task<Func<Task>> SuspendSearchIndexingAsync(DbConnection connection, DbTransaction transaction)
    {
        var indexes = new List<(string Name, string Definition)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '%gin_trgm_ops%'";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        return async () =>
        {
            foreach (var (_, definition) in indexes)
            {
                await ExecuteAsync(connection, transaction, definition);
            }
        };
    }

    public Task<IDisposable?> EnterWriteAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IDisposable?>(null);

    public Task<string> BackupAsync(RegistryDbContext db, string file, CancellationToken cancellationToken) =>
        PostgresBackup.BackupAsync(db, file, cancellationToken);

    public Task<string> RestoreAsync(RegistryDbContext db, string file, CancellationToken cancellationToken) =>
        PostgresBackup.RestoreAsync(db, file, cancellationToken);

    private sealed class StartupTurn(RegistryDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({StartupLock})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Asked of the server's catalog, not by connecting to the database: EF's own check logs a missing database as an
    /// error, which on a first start is no error at all.
    /// </summary>
    private static async Task<bool> ExistsAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The first thing a start asks of the server: an operator's wrong address or a stopped server is one sentence.
            throw new Infrastructure.Startup.OperatorError($"The PostgreSQL server at {target.Host}:{target.Port} cannot be used ({exception.Message}); check ConnectionStrings:Partnerships and that the server is running.");
        }
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", target.Database ?? string.Empty);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
