using System.Globalization;
using Microsoft.Data.Sqlite;
using LinkJ.Partnerships.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>SQLite specifics: where the file lives and the journal mode. See docs/decisions/002-sqlite-durability.md.</summary>
public static class SqliteDatabase
{
    public const string DefaultConnectionString = "Data Source=App_Data/partnerships.db";

    /// <summary>
    /// A relative file path is taken from the content root, and its folder is created. A folder that cannot be is the
    /// operator's configuration to fix, so it is reported as one sentence naming the path.
    /// </summary>
    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        var isFile = builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (isFile)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            var folder = Path.GetDirectoryName(builder.DataSource)!;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OperatorError($"The database {builder.DataSource} cannot be used because its folder {folder} cannot be created; set ConnectionStrings:Partnerships to a file in a folder the app may write to.");
            }
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
    /// and answers "organizations with a public agreement" by scanning every public agreement per organization.
    /// ANALYZE gives it the real proportions; bulk loads run it.
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

    /// <summary>
    /// At start-up: a full ANALYZE only when the file has no statistics yet; otherwise <c>PRAGMA optimize</c>, which
    /// re-analyzes (within a bounded effort) only the tables whose size changed a lot since their last ANALYZE.
    /// 0x10000 makes it look at every table, not only those this connection has used; 0x12 is its default work.
    /// </summary>
    public static async Task EnsurePlannerStatisticsAsync(RegistryDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var analysed = await ScalarAsync(db, "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1')", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(analysed == 1 ? "PRAGMA optimize=0x10012;" : "ANALYZE;", cancellationToken);
    }

    /// <summary>
    /// Which seed document was last applied, as a fingerprint kept in the file header's <c>user_version</c> (which
    /// nothing else here uses; backups copy it). Zero means none. Other providers have no marker and always seed.
    /// </summary>
    public static async Task<int> AppliedSeedAsync(RegistryDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.IsSqlite() ? (int)await ScalarAsync(db, "PRAGMA user_version", cancellationToken) : 0;

    public static async Task RecordAppliedSeedAsync(RegistryDbContext db, int fingerprint, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version={fingerprint};"), cancellationToken);
        }
    }

    /// <summary>One value from raw SQL, through EF's command pipeline (so logged and intercepted) but with no LINQ to compile.</summary>
    private static async Task<long> ScalarAsync(RegistryDbContext db, string sql, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql);
        var value = await command.ExecuteScalarAsync(
            new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), null, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()),
            cancellationToken);
        return Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public static string? FilePath(RegistryDbContext db) =>
        db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null;
}
