using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>SQLite specifics: where the file lives and the journal mode. See docs/decisions/002-sqlite-durability.md.</summary>
public static class SqliteDatabase
{
    public const string DefaultConnectionString = "Data Source=App_Data/partnerships.db";

    /// <summary>A relative file path is taken from the content root, and its folder is created.</summary>
    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        var isFile = builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (isFile)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }

    /// <summary>WAL lets readers run beside the writer. The mode is stored in the file, so setting it once is enough.</summary>
    public static async Task UseWriteAheadLogAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Without statistics SQLite's planner guesses that an index on a two-value column (Visibility) is selective,
    /// and answers "organizations with a public agreement" by scanning every public agreement per organization:
    /// 40 s instead of 26 ms at 50,000 agreements. ANALYZE gives it the real proportions; it takes a fraction of a
    /// second, so start-up and bulk loads run it.
    /// </summary>
    public static async Task RefreshPlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }
    }

    /// <summary>
    /// A read-only transaction, so several queries see one version of the data. On SQLite it is DEFERRED: it takes
    /// no write lock (Microsoft.Data.Sqlite's default is BEGIN IMMEDIATE, which would queue behind every writer).
    /// </summary>
    public static async Task<IDbContextTransaction> BeginReadAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), cancellationToken)
            ?? throw new InvalidOperationException("The read transaction was not taken up.");
    }

    public static string? FilePath(RegistryDbContext db) =>
        db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null;
}
