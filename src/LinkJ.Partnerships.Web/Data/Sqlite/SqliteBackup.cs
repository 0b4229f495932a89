using Microsoft.Data.Sqlite;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// Online backup and guarded restore of the registry's SQLite file. A backup is <c>VACUUM INTO</c>: one read
/// transaction, so it is a consistent snapshot while the app keeps writing. A restore checks the copy first and
/// refuses to replace a database that another connection has open.
/// </summary>
public static class SqliteBackup
{
    public static async Task BackupAsync(string databasePath, string targetPath, CancellationToken cancellationToken = default)
    {
        if (File.Exists(targetPath))
        {
            throw new BackupException($"{targetPath} already exists; choose a new file name.");
        }

        await using (var source = Open(databasePath, SqliteOpenMode.ReadWrite))
        {
            await source.OpenAsync(cancellationToken);
            await using var command = source.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout=10000; VACUUM INTO $target;";
            command.Parameters.AddWithValue("$target", Path.GetFullPath(targetPath));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await EnsureSoundAsync(targetPath, cancellationToken);
    }

    public static async Task RestoreAsync(string backupPath, string databasePath, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(backupPath))
        {
            throw new BackupException($"{backupPath} does not exist.");
        }

        await EnsureSoundAsync(backupPath, cancellationToken);
        await using var target = Open(databasePath, SqliteOpenMode.ReadWriteCreate);
        await target.OpenAsync(cancellationToken);

        // Leaving WAL needs the only connection to the file: if the app (or anything else) has it open, this fails.
        string? mode;
        try
        {
            await ScalarAsync(target, "PRAGMA busy_timeout=0;", cancellationToken);
            mode = await ScalarAsync(target, "PRAGMA journal_mode=DELETE;", cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6)
        {
            mode = null;
        }

        if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException($"{databasePath} is in use. Stop the app before restoring.");
        }

        await using (var source = Open(backupPath, SqliteOpenMode.ReadOnly))
        {
            await source.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }

        await ScalarAsync(target, "PRAGMA journal_mode=WAL;", cancellationToken);
        await target.CloseAsync();
        await EnsureSoundAsync(databasePath, cancellationToken);
    }

    /// <summary>Refuses a file that fails <c>PRAGMA integrity_check</c> or is not a registry database.</summary>
    public static async Task EnsureSoundAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync(cancellationToken);
            var integrity = await ScalarAsync(connection, "PRAGMA integrity_check;", cancellationToken);
            if (integrity != "ok")
            {
                throw new BackupException($"{path} fails the integrity check: {integrity}");
            }

            var migrations = await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'", cancellationToken);
            if (migrations != "1")
            {
                throw new BackupException($"{path} is not a registry database.");
            }
        }
        catch (SqliteException exception)
        {
            throw new BackupException($"{path} cannot be read as a database: {exception.Message}");
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
